#pragma once
// Content sync, one cycle at a time (docs/sync.md): ask the hub for the site's manifest with the
// last ETag, and on a new one verify its Ed25519 signature with the provisioned key, refuse an
// older version, oversize files and another site, fetch only the blobs the card lacks, check each
// one's size and SHA-256, validate the whole site (and status.json) as the hub did, then switch
// atomically. Any failure keeps the last good bundle and says why in one sentence.
//
// It does not schedule polls, retry or back off (the network worker does), and it does not
// change what the kiosk shows: the caller swaps content when an outcome says Updated.
// Runs on the network worker thread; poll_once blocks on the network.

#include "app/sync/sync_plan.h"
#include "core/content/site.h"
#include "core/content/source_files.h"
#include "core/error.h"
#include "platform/net/http_client.h"
#include "platform/store/bundle_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace phare::app {

struct SyncSettings {
    std::string hub_url;         // "https://hub.example.org" (or "http://127.0.0.1:8460" in a demo)
    std::string site_id;         // the site this kiosk shows
    std::string public_key_hex;  // the hub's Ed25519 public key, 64 hex digits, from provisioning
    std::uint64_t max_blob_bytes = SyncLimits{}.max_blob_bytes;
    std::uint64_t max_bundle_bytes = SyncLimits{}.max_bundle_bytes;
    std::uint64_t max_manifest_bytes = 4u * 1024u * 1024u;
};

enum class SyncKind {
    Unchanged,    // the hub has nothing newer (304, or the same manifest)
    Updated,      // a new bundle is committed; `files` holds it
    Refused,      // the hub answered but its bundle cannot be used; `reason` says why
    Unreachable,  // no usable answer (refused connection, timeout, 5xx, cancelled); try again later
};

const char* to_string(SyncKind kind);

struct SyncOutcome {
    SyncKind kind = SyncKind::Unreachable;
    int version = 0;       // the version the kiosk has after this cycle (0: its installed site folder)
    std::string reason;    // empty unless Refused or Unreachable
    std::uint64_t bytes_transferred = 0;  // headers and bodies received during the cycle
    std::uint64_t bytes_sent = 0;         // headers and bodies of the cycle's requests
    std::size_t blobs_fetched = 0;
    bool has_urgent_notice = false;  // Updated and status.json carries an urgent notice
    content::SourceFiles files;      // Updated: the new bundle's files, verified and validated
    std::optional<content::Site> site;  // Updated: those files parsed and validated (done once, here)
};

class ContentSync {
public:
    ContentSync(net::HttpClient& http, store::BundleStore& store, SyncSettings settings);
    SyncOutcome poll_once();

private:
    struct Current;
    Current read_current(SyncOutcome& outcome) const;
    std::optional<SyncOutcome> fetch_manifest(const Current& current, net::HttpResponse& response, SyncOutcome& outcome);
    std::optional<std::string> check_manifest(const bundle::Manifest& manifest, std::string_view bytes,
                                              const Current& current) const;
    std::optional<SyncOutcome> fetch_blobs(const bundle::Manifest& manifest, SyncOutcome& outcome);
    SyncOutcome validate_and_commit(const std::string& manifest_bytes, const bundle::Manifest& manifest,
                                    const std::string& etag, SyncOutcome outcome);

    net::HttpClient& m_http;
    store::BundleStore& m_store;
    SyncSettings m_settings;
};

// What the kiosk shows at start: the current bundle if there is one and it is whole and valid.
struct LoadedBundle {
    content::SourceFiles files;
    int version = 0;
    bool has_urgent_notice = false;
    content::Site site;  // the files, parsed and validated
};

// Reads the current bundle, checks every blob's hash (a damaged blob is deleted so the next sync
// fetches it again), and validates the site, which must be `site_id`. nullopt: no bundle is stored,
// the kiosk runs from its installed site folder. An error says why the stored bundle is not used;
// its `where` is the version ("version 3, services.json (blob 3f2a…)") or the store's file.
Result<std::optional<LoadedBundle>> load_current_bundle(store::BundleStore& store, const std::string& site_id);

}  // namespace phare::app
