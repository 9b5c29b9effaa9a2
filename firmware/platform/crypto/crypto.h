#pragma once
// Hashes, random tokens, Ed25519 signatures and argon2id password hashes, over libsodium. Callers
// see strings (raw or lowercase hex); no libsodium type leaks out of this header.

#include <optional>
#include <string>
#include <string_view>

namespace phare::crypto {

// Lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view hex);

// `bytes` bytes from the system's CSPRNG, as 2 * bytes lowercase hex digits.
std::string random_hex(std::size_t bytes);

// Compares in time independent of where the strings differ (tokens, CSRF values).
bool equal_in_constant_time(std::string_view a, std::string_view b);

struct SigningKey {
    std::string secret;      // 64 raw bytes, libsodium's Ed25519 secret key (seed + public key)
    std::string public_key;  // 32 raw bytes
};

SigningKey generate_signing_key();
std::string public_key_hex(const SigningKey& key);
// The first 16 hex digits of a public key: names the key in manifests without being the key.
std::string key_id(std::string_view public_key_hex);
// Ed25519 detached signature of `message`, as 128 hex digits.
std::string sign_hex(std::string_view message, const SigningKey& key);
// False for a wrong signature and for malformed hex alike.
bool verify_hex(std::string_view message, std::string_view signature_hex, std::string_view public_key_hex);

// argon2id with libsodium's interactive limits, in its self-describing "$argon2id$..." form;
// nullopt only when memory runs out.
std::optional<std::string> hash_password(std::string_view password);
bool verify_password(std::string_view hash, std::string_view password);

}  // namespace phare::crypto
