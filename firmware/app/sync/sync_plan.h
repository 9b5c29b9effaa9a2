#pragma once
// The decisions of a content sync that need no network, card or key: may this manifest replace
// the current bundle, and which blobs must be fetched. Pure, so they are unit-tested alone;
// content_sync.cpp does the I/O around them.

#include "core/bundle/manifest.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::app {

struct SyncLimits {
    std::uint64_t max_blob_bytes = 8u * 1024u * 1024u;     // one file (a floor plan is the largest)
    std::uint64_t max_bundle_bytes = 64u * 1024u * 1024u;  // the sum of every file's declared size
};

// What the kiosk shows now: version 0 and no bytes when it runs from its installed site folder.
struct CurrentVersion {
    int version = 0;
    std::string_view manifest_bytes;
};

// Why `candidate` (a parsed manifest whose signature verified) must not replace `current`, as a
// sentence naming the field or file; nullopt when it may. Checks, in order: the site id, the
// version (never older, never the same version with other bytes) and the declared sizes against
// `limits`, all before anything is downloaded.
std::optional<std::string> refusal_before_download(const bundle::Manifest& candidate, std::string_view candidate_bytes,
                                                   std::string_view site_id, const CurrentVersion& current,
                                                   const SyncLimits& limits);

// The files whose blobs are not stored yet, one entry per distinct blob, in manifest order.
std::vector<bundle::FileEntry> blobs_to_fetch(const bundle::Manifest& manifest,
                                              const std::function<bool(std::string_view sha256)>& is_stored);

// "{hub}/api/v1/sites/{site}/manifest" and "{hub}/api/v1/blobs/{sha256}", whatever trailing
// slashes the configured hub URL has.
std::string manifest_url(std::string_view hub_url, std::string_view site_id);
std::string blob_url(std::string_view hub_url, std::string_view sha256);

}  // namespace phare::app
