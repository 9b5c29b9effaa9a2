#pragma once
// What a bundle may call its files and blobs. Bundle paths and blob names travel over the network
// and end up as file names on the kiosk and the hub, so they are checked strictly, not sanitised:
// anything that could climb out of a folder ("..", "/etc", "a\\b", "C:") is refused outright.

#include <string_view>

namespace phare::bundle {

// A relative path of ASCII segments [A-Za-z0-9._-] joined by '/'; no empty, "." or ".." segment,
// no segment starting with '.', at most 255 bytes.
bool is_safe_path(std::string_view path);

// Exactly 64 lowercase hexadecimal digits: the only shape a blob name can have.
bool is_sha256_hex(std::string_view text);

// Lowercase hexadecimal of `length` characters (signatures, keys).
bool is_lower_hex(std::string_view text, std::size_t length);

}  // namespace phare::bundle
