#include "platform/crypto/key_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace phare::crypto {

namespace {

constexpr std::size_t secret_key_bytes = 64;
constexpr std::size_t public_key_bytes = 32;
constexpr std::size_t max_key_file_bytes = 1024;

tl::unexpected<Error> system_error(const std::string& path, const std::string& doing)
{
    return fail(path, "cannot " + doing + ": " + std::strerror(errno));
}

Result<void> write_new_file(const std::string& path, const std::string& text, mode_t mode)
{
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return system_error(path, "create");
    // The umask can only narrow `mode`; fchmod makes the file exactly what we mean.
    bool ok = ::fchmod(fd, mode) == 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
              ::fsync(fd) == 0;
    Result<void> written = ok ? Result<void>() : system_error(path, "write");
    ::close(fd);
    return written;
}

Result<std::string> read_private_file(const std::string& path)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return system_error(path, "open");
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0 || info.st_uid != ::geteuid()) {
        ::close(fd);
        return fail(path, "a signing key must belong to this user and be readable by it alone (chmod 600)");
    }
    std::string text(max_key_file_bytes, '\0');
    ssize_t length = ::read(fd, text.data(), text.size());
    ::close(fd);
    if (length < 0)
        return system_error(path, "read");
    text.resize(static_cast<std::size_t>(length));
    return text;
}

}  // namespace

std::string public_key_path(const std::string& secret_path) { return secret_path + ".pub"; }

Result<SigningKey> create_signing_key_file(const std::string& path)
{
    SigningKey key = generate_signing_key();
    if (auto written = write_new_file(path, to_hex(key.secret) + "\n", S_IRUSR | S_IWUSR); !written)
        return tl::unexpected(written.error());
    // The public half may already exist from an earlier key; replace it so the two always agree.
    std::string pub = public_key_path(path);
    ::unlink(pub.c_str());
    if (auto written = write_new_file(pub, public_key_hex(key) + "\n", S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH); !written)
        return tl::unexpected(written.error());
    return key;
}

Result<SigningKey> load_signing_key_file(const std::string& path)
{
    auto text = read_private_file(path);
    if (!text)
        return tl::unexpected(text.error());
    std::string hex = *text;
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r'))
        hex.pop_back();
    auto secret = from_hex(hex);
    if (!secret || secret->size() != secret_key_bytes)
        return fail(path, "not a Phare signing key (expected 128 hexadecimal digits)");
    // libsodium's Ed25519 secret key ends with the public key.
    return SigningKey{*secret, secret->substr(secret_key_bytes - public_key_bytes)};
}

Result<SigningKey> load_or_create_signing_key_file(const std::string& path, Created& created)
{
    created = Created::No;
    if (::access(path.c_str(), F_OK) != 0 && errno == ENOENT) {
        created = Created::Yes;
        return create_signing_key_file(path);
    }
    return load_signing_key_file(path);
}

}  // namespace phare::crypto
