#pragma once
// Content blobs as files named by their SHA-256 in one folder (`DATA/blobs/<sha256>`), so that any
// static HTTP server or CDN can serve them too. Names are checked with bundle::is_sha256_hex before
// they touch the file system: no other name can be read or written.

#include <optional>
#include <string>
#include <string_view>

namespace phare::hub {

class BlobStore {
public:
    // Creates the folder if needed. Throws StorageError.
    explicit BlobStore(std::string folder);

    // Stores `bytes` under `sha256` unless it is there already; atomic (temporary file, fsync,
    // rename, fsync of the folder), so a kill -9 never leaves a half blob under a real name.
    void put(std::string_view sha256, std::string_view bytes);
    // nullopt for an absent blob and for any name that is not 64 lowercase hex digits.
    std::optional<std::string> get(std::string_view sha256) const;

private:
    std::string m_folder;
};

}  // namespace phare::hub
