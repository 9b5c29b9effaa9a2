#pragma once
// Publishing: turns a site's files into a signed bundle version. Every publication goes through
// the kiosk's own validator (bundle::load_bundle_site, with status.json), so a site a kiosk would
// refuse is never published. Blobs are stored before the manifest that names them, so a kiosk
// that sees a manifest can always fetch its files.
//
// It does not serve anything (routes_kiosk.cpp) nor decide who may publish (routes_agent.cpp).

#include "blob_store.h"
#include "core/bundle/site_status.h"
#include "clock.h"
#include "core/content/problem.h"
#include "core/content/site.h"
#include "core/content/source_files.h"
#include "platform/crypto/crypto.h"
#include "storage.h"

#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace phare::hub {

enum class PublishKind { Published, Unchanged, Refused };

struct PublishOutcome {
    PublishKind kind = PublishKind::Refused;
    int version = 0;             // the current version after the call
    content::Problems problems;  // why it was refused (and any warnings)
};

// What the agent pages show: the site as currently published.
struct CurrentSite {
    content::Site site;
    bundle::SiteStatus status;
    int version = 0;
};

class Publisher {
public:
    Publisher(Storage& storage, BlobStore& blobs, crypto::SigningKey key, Clock clock);

    // Publishes a site folder's files unless they equal the current bundle. The current bundle's
    // status.json (the agents' overrides) is carried over when the folder has none.
    PublishOutcome publish_source(content::SourceFiles source, const std::string& who);

    // Publishes the current site with a new status.json; `what` goes to the audit log.
    PublishOutcome publish_status(const bundle::SiteStatus& status, const std::string& who, const std::string& what);

    std::optional<CurrentSite> current() const;
    // The manifest kiosks are served, from memory: polls never wait on the database.
    std::optional<StoredManifest> served_manifest(const std::string& site) const;
    // Told of every new version (the live channel's "content" event).
    void set_listener(std::function<void(const std::string& site, int version)> listener);
    std::string public_key_hex() const { return crypto::public_key_hex(m_key); }

private:
    PublishOutcome publish_files(const content::SourceFiles& files, const std::string& who, const std::string& what,
                                 bool skip_if_unchanged);
    std::optional<content::SourceFiles> current_files(const std::string& site) const;

    Storage& m_storage;
    BlobStore& m_blobs;
    crypto::SigningKey m_key;
    Clock m_clock;
    mutable std::mutex m_mutex;
    std::optional<CurrentSite> m_current;
    std::optional<StoredManifest> m_served;
    std::function<void(const std::string& site, int version)> m_listener;
    content::SourceFiles m_current_files;
};

// The ETag of a served manifest: a quoted prefix of the SHA-256 of its bytes.
std::string manifest_etag(const std::string& manifest_json);

}  // namespace phare::hub
