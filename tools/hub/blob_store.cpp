#include "blob_store.h"

#include "core/bundle/bundle_path.h"
#include "platform/crypto/crypto.h"
#include "storage.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace phare::hub {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& doing)
{
    throw StorageError(path + ": cannot " + doing + ": " + std::strerror(errno));
}

void write_all(int fd, std::string_view bytes, const std::string& path)
{
    while (!bytes.empty()) {
        ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            fail(path, "write");
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

void fsync_folder(const std::string& folder)
{
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        fail(folder, "open");
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

BlobStore::BlobStore(std::string folder) : m_folder(std::move(folder))
{
    if (::mkdir(m_folder.c_str(), 0755) != 0 && errno != EEXIST)
        fail(m_folder, "create the folder");
}

void BlobStore::put(std::string_view sha256, std::string_view bytes)
{
    if (!bundle::is_sha256_hex(sha256))
        throw StorageError("refusing to store a blob named \"" + std::string(sha256) + "\"");
    std::string path = m_folder + "/" + std::string(sha256);
    if (::access(path.c_str(), F_OK) == 0)
        return;
    std::string temporary = path + ".tmp-" + crypto::random_hex(8);
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(temporary, "create");
    try {
        write_all(fd, bytes, temporary);
        if (::fsync(fd) != 0)
            fail(temporary, "fsync");
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    ::close(fd);
    if (::rename(temporary.c_str(), path.c_str()) != 0)
        fail(path, "rename");
    fsync_folder(m_folder);
}

std::optional<std::string> BlobStore::get(std::string_view sha256) const
{
    if (!bundle::is_sha256_hex(sha256))
        return std::nullopt;
    std::ifstream in(m_folder + "/" + std::string(sha256), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

}  // namespace phare::hub
