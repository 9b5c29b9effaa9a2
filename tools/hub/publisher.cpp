#include "publisher.h"

#include "core/bundle/bundle_files.h"
#include "core/bundle/bundle_site.h"
#include "core/bundle/manifest.h"

namespace phare::hub {

namespace {

content::Problems errors_only(const content::Problems& problems)
{
    content::Problems errors;
    for (const auto& problem : problems)
        if (problem.severity == content::Severity::Error)
            errors.push_back(problem);
    return errors;
}

bool same_entries(const std::vector<bundle::FileEntry>& a, const std::vector<bundle::FileEntry>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].path != b[i].path || a[i].sha256 != b[i].sha256 || a[i].size != b[i].size)
            return false;
    return true;
}

}  // namespace

std::string manifest_etag(const std::string& manifest_json) { return "\"" + crypto::sha256_hex(manifest_json).substr(0, 32) + "\""; }

Publisher::Publisher(Storage& storage, BlobStore& blobs, crypto::SigningKey key, Clock clock)
    : m_storage(storage), m_blobs(blobs), m_key(std::move(key)), m_clock(std::move(clock))
{
}

PublishOutcome Publisher::publish_source(content::SourceFiles source, const std::string& who)
{
    std::lock_guard lock(m_mutex);
    // The kiosk's own validator; the hub does not speak, so languages' voices are not checked here.
    auto loaded = bundle::load_bundle_site(source);
    if (!loaded.site)
        return {PublishKind::Refused, 0, errors_only(loaded.problems)};
    if (!source.contains(bundle::status_file))
        if (auto previous = current_files(loaded.site->id))
            if (auto status = previous->find(bundle::status_file); status != previous->end())
                source.emplace(status->first, status->second);
    return publish_files(source, who, "publication du dossier du site", true);
}

PublishOutcome Publisher::publish_status(const bundle::SiteStatus& status, const std::string& who, const std::string& what)
{
    std::lock_guard lock(m_mutex);
    if (!m_current)
        return {PublishKind::Refused, 0, {{content::Severity::Error, "", "", "no site has been published yet"}}};
    content::SourceFiles files = m_current_files;
    files[std::string(bundle::status_file)] = bundle::to_json(status);
    return publish_files(files, who, what, false);
}

std::optional<CurrentSite> Publisher::current() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

std::optional<StoredManifest> Publisher::served_manifest(const std::string& site) const
{
    {
        std::lock_guard lock(m_mutex);
        if (m_served && m_served->site == site)
            return m_served;
    }
    return m_storage.latest_manifest(site);
}

void Publisher::set_listener(std::function<void(const std::string& site, int version)> listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

PublishOutcome Publisher::publish_files(const content::SourceFiles& files, const std::string& who, const std::string& what,
                                        bool skip_if_unchanged)
{
    auto loaded = bundle::load_bundle_site(files);
    content::Problems problems = loaded.problems;
    if (!loaded.site)
        return {PublishKind::Refused, 0, errors_only(problems)};
    const bundle::SiteStatus status = loaded.site->status;
    auto entries = bundle::describe_files(files, crypto::sha256_hex, problems);
    if (content::has_errors(problems))
        return {PublishKind::Refused, 0, errors_only(problems)};

    auto latest = m_storage.latest_manifest(loaded.site->id);
    std::optional<bundle::Manifest> previous;
    if (latest)
        previous = bundle::parse_manifest(latest->json).manifest;
    if (skip_if_unchanged && previous && same_entries(previous->files, entries)) {
        m_served = latest;
        m_current = CurrentSite{*loaded.site, status, previous->version};
        m_current_files = files;
        return {PublishKind::Unchanged, previous->version, {}};
    }
    for (const auto& entry : entries)
        m_blobs.put(entry.sha256, files.at(entry.path));
    bundle::Manifest manifest{loaded.site->id, latest ? latest->version + 1 : 1, entries,
                              crypto::key_id(crypto::public_key_hex(m_key)), {}};
    manifest.signature = crypto::sign_hex(bundle::canonical_bytes(manifest), m_key);
    std::string json = bundle::to_json(manifest);
    std::int64_t now = m_clock();
    StoredManifest stored{manifest.site, manifest.version, json, manifest_etag(json), now};
    m_storage.save_manifest(stored);
    m_storage.append_audit({now, who, what + " — version " + std::to_string(manifest.version)});
    m_served = std::move(stored);
    m_current = CurrentSite{*loaded.site, status, manifest.version};
    m_current_files = files;
    if (m_listener)
        m_listener(manifest.site, manifest.version);
    return {PublishKind::Published, manifest.version, {}};
}

std::optional<content::SourceFiles> Publisher::current_files(const std::string& site) const
{
    auto latest = m_storage.latest_manifest(site);
    if (!latest)
        return std::nullopt;
    auto manifest = bundle::parse_manifest(latest->json).manifest;
    if (!manifest)
        return std::nullopt;
    content::SourceFiles files;
    for (const auto& entry : manifest->files)
        if (auto bytes = m_blobs.get(entry.sha256))
            files.emplace(entry.path, std::move(*bytes));
    return files;
}

}  // namespace phare::hub
