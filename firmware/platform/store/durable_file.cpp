#include "platform/store/durable_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace phare::store {

namespace {

// "cannot write: No space left on device", about `path`.
tl::unexpected<Error> failure(const std::string& path, const std::string& what)
{
    return fail(path, what + ": " + std::strerror(errno));
}

// Closes the descriptor on every path out of a function.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool write_all(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

}  // namespace

Result<void> sync_folder(const std::string& folder)
{
    Descriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return failure(folder, "cannot open the folder");
    if (::fsync(fd.get()) != 0)
        return failure(folder, "cannot sync the folder");
    return {};
}

Result<void> write_file_durably(const std::string& folder, const std::string& name, std::string_view bytes)
{
    const std::string path = folder + "/" + name;
    const std::string temporary = path + std::string(temporary_suffix);
    Descriptor fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0)
        return failure(temporary, "cannot create the file");
    if (!write_all(fd.get(), bytes))
        return failure(temporary, "cannot write");
    if (::fsync(fd.get()) != 0)
        return failure(temporary, "cannot sync");
    if (::close(fd.release()) != 0)
        return failure(temporary, "cannot close");
    if (::rename(temporary.c_str(), path.c_str()) != 0)
        return failure(temporary, "cannot rename it to " + path);
    return sync_folder(folder);
}

Result<std::string> read_whole_file(const std::string& path)
{
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return failure(path, "cannot open");
    std::string bytes;
    char buffer[64 * 1024];
    for (;;) {
        ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return failure(path, "cannot read");
        if (got == 0)
            return bytes;
        bytes.append(buffer, static_cast<std::size_t>(got));
    }
}

}  // namespace phare::store
