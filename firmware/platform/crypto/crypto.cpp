#include "platform/crypto/crypto.h"

#include <sodium.h>

#include <stdexcept>

namespace phare::crypto {

namespace {

// sodium_init is idempotent and thread-safe; calling it before each use spares callers an init step.
void ensure_initialised()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not initialise (no entropy source?)");
}

const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }
unsigned char* bytes_of(std::string& text) { return reinterpret_cast<unsigned char*>(text.data()); }

}  // namespace

std::string sha256_hex(std::string_view bytes)
{
    ensure_initialised();
    std::string digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(bytes_of(digest), bytes_of(bytes), bytes.size());
    return to_hex(digest);
}

std::string to_hex(std::string_view bytes)
{
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes_of(bytes), bytes.size());
    hex.pop_back();
    return hex;
}

std::optional<std::string> from_hex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    std::string bytes(hex.size() / 2, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(bytes_of(bytes), bytes.size(), hex.data(), hex.size(), nullptr, &length, &end) != 0 ||
        length != bytes.size() || end != hex.data() + hex.size())
        return std::nullopt;
    return bytes;
}

std::string random_hex(std::size_t bytes)
{
    ensure_initialised();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    return to_hex(raw);
}

bool equal_in_constant_time(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

SigningKey generate_signing_key()
{
    ensure_initialised();
    SigningKey key{std::string(crypto_sign_SECRETKEYBYTES, '\0'), std::string(crypto_sign_PUBLICKEYBYTES, '\0')};
    crypto_sign_keypair(bytes_of(key.public_key), bytes_of(key.secret));
    return key;
}

std::string public_key_hex(const SigningKey& key) { return to_hex(key.public_key); }

std::string key_id(std::string_view public_key_hex) { return std::string(public_key_hex.substr(0, 16)); }

std::string sign_hex(std::string_view message, const SigningKey& key)
{
    ensure_initialised();
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes_of(signature), nullptr, bytes_of(message), message.size(), bytes_of(key.secret));
    return to_hex(signature);
}

bool verify_hex(std::string_view message, std::string_view signature_hex, std::string_view public_key_hex)
{
    ensure_initialised();
    auto signature = from_hex(signature_hex);
    auto public_key = from_hex(public_key_hex);
    if (!signature || signature->size() != crypto_sign_BYTES || !public_key || public_key->size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes_of(*signature), bytes_of(message), message.size(), bytes_of(*public_key)) == 0;
}

std::optional<std::string> hash_password(std::string_view password)
{
    ensure_initialised();
    std::string hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(hash.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    hash.resize(hash.find('\0'));
    return hash;
}

bool verify_password(std::string_view hash, std::string_view password)
{
    ensure_initialised();
    // crypto_pwhash_str_verify wants a NUL-terminated string.
    std::string terminated(hash);
    if (terminated.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace phare::crypto
