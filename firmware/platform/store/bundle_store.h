#pragma once
// The kiosk's bundles on its card, in <state_dir>/content/:
//
//   blobs/<sha256>          one file per content blob, named by its hash (verified on write)
//   manifests/<version>.json the manifests of the current and the previous bundle, as received
//   current                 "manifest <version>" and "etag <ETag>": the one bundle the kiosk shows
//
// Every file is written to a temporary name, fsynced, renamed and its folder fsynced, and `current`
// is replaced last, so a kill -9 or a power cut at any moment leaves either the old complete bundle
// or the new complete one. Leftover temporary files are removed when the store is opened.
//
// It does not verify signatures nor validate sites (app/sync/content_sync does, before commit);
// it checks every blob's hash when it writes it and again when it reads it. Its methods may be
// called from any thread (one mutex); one process owns a state folder at a time.

#include "core/bundle/manifest.h"
#include "core/content/source_files.h"
#include "core/error.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace phare::store {

struct StoredBundle {
    bundle::Manifest manifest;
    std::string manifest_bytes;  // exactly as the hub served them
    std::string etag;            // the hub's ETag for them; empty if it sent none
    bool complete = false;       // every blob the manifest names is on the card (not hash-checked)
};

class BundleStore {
public:
    // Creates <state_dir>/content and its folders if needed and removes leftover temporary files.
    // An error names the folder.
    static Result<std::unique_ptr<BundleStore>> open(const std::string& state_dir);

    // nullopt: nothing committed yet. An error: `current` or its manifest is unreadable or garbled
    // (the error names that file).
    Result<std::optional<StoredBundle>> current() const;

    bool has_blob(std::string_view sha256) const;
    // Refuses bytes whose SHA-256 is not `sha256`; a blob already stored is left as it is.
    Result<void> put_blob(std::string_view sha256, std::string_view bytes);

    // The bundle's files by path, each blob's size and hash checked again. A damaged blob is
    // deleted (so the next sync fetches it again) and named in the error: "services.json (blob 3f2a…)".
    Result<content::SourceFiles> read_files(const bundle::Manifest& manifest);

    // Makes `manifest` current once all its blobs are stored, then deletes the manifests and
    // blobs that neither it nor the bundle it replaces use. Clean-up failures are not errors.
    Result<void> commit(std::string_view manifest_bytes, const bundle::Manifest& manifest, std::string_view etag);

    const std::string& root() const { return m_root; }
    std::string blob_path(std::string_view sha256) const;

private:
    explicit BundleStore(std::string root);
    Result<std::optional<StoredBundle>> current_locked() const;
    void collect_garbage(int current_version);

    std::string m_root;  // <state_dir>/content
    mutable std::mutex m_mutex;
};

}  // namespace phare::store
