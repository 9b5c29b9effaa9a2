#pragma once
// A bundle's manifest: which site, which version, and every file with its SHA-256 and size, signed
// with the hub's Ed25519 key. This module only models, serialises and checks the shape; hashing and
// signing are done by platform/crypto on the bytes canonical_bytes() returns, so core stays free of
// libsodium.

#include "core/content/problem.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::bundle {

inline constexpr int manifest_format = 1;

struct FileEntry {
    std::string path;    // bundle_path.h rules, e.g. "media/pictograms/asile.png"
    std::string sha256;  // 64 lowercase hex digits; also the blob's name
    std::uint64_t size = 0;
};

struct Manifest {
    std::string site;
    int version = 0;               // strictly increasing per site; a kiosk never goes back
    std::vector<FileEntry> files;  // sorted by path, paths unique
    std::string key_id;            // which key signed it: the first 16 hex digits of the public key
    std::string signature;         // 128 hex digits: Ed25519 over canonical_bytes()

    const FileEntry* find(std::string_view path) const;
};

// The signed bytes: every field but the signature, as compact JSON with sorted keys and files
// sorted by path, so the hub and every kiosk derive the same bytes from the same manifest.
std::string canonical_bytes(const Manifest& manifest);

// The manifest as served: canonical fields plus the signature.
std::string to_json(const Manifest& manifest);

struct ParsedManifest {
    std::optional<Manifest> manifest;  // present if and only if there is no error
    content::Problems problems;        // file "manifest.json", JSON pointers into it
};

// Parses and checks the shape of a manifest received from the network. It does not verify the
// signature (platform/crypto does, on canonical_bytes of the result).
ParsedManifest parse_manifest(std::string_view bytes);

}  // namespace phare::bundle
