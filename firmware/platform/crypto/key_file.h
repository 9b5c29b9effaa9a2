#pragma once
// The hub's signing key on disk: the secret key as hex in a file only its owner may read (0600),
// its public half beside it in `<path>.pub` for maintainers to copy into kiosk configuration.
// Loading refuses a secret key that others can read, rather than quietly using a leaked key.

#include "core/error.h"
#include "platform/crypto/crypto.h"

#include <string>

namespace phare::crypto {

// Writes a new key; refuses to replace an existing file. Errors name the file.
Result<SigningKey> create_signing_key_file(const std::string& path);

Result<SigningKey> load_signing_key_file(const std::string& path);

enum class Created { No, Yes };

// Loads the key, or creates it on first run (then `created` is Yes).
Result<SigningKey> load_or_create_signing_key_file(const std::string& path, Created& created);

std::string public_key_path(const std::string& secret_path);

}  // namespace phare::crypto
