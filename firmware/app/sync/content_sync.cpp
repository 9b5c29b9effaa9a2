#include "app/sync/content_sync.h"

#include "core/bundle/bundle_site.h"
#include "core/bundle/site_status.h"
#include "platform/crypto/crypto.h"
#include "platform/system/log.h"

#include <tl/expected.hpp>

#include <algorithm>

namespace phare::app {

namespace {

constexpr const char* component = "sync";
// A site id goes into the manifest URL as it is.
constexpr const char* site_id_characters = "abcdefghijklmnopqrstuvwxyz0123456789-";

// The site, parsed and validated with its status.json as the hub checked before publishing, if it
// is `site_id`. Parsed here once: the kiosk shows this very Site. The error's `where` is empty: the
// caller names the version.
Result<content::Site> validate_bundle(const content::SourceFiles& files, const std::string& site_id)
{
    auto loaded = bundle::load_bundle_site(files);
    if (loaded.site && loaded.site->id != site_id)
        return fail("", "the bundle holds site \"" + loaded.site->id + "\", not \"" + site_id + "\"");
    if (loaded.site)
        return std::move(*loaded.site);
    std::size_t errors = 0;
    const content::Problem* first = nullptr;
    for (const auto& problem : loaded.problems) {
        if (problem.severity == content::Severity::Error && errors++ == 0)
            first = &problem;
    }
    std::string reason = "the site does not validate: " + (first ? content::describe(*first) : std::string("no site"));
    if (errors > 1)
        reason += " (and " + std::to_string(errors - 1) + " more problems)";
    return fail("", reason);
}

// An error about one bundle: "version 3" before what the error was about.
Error in_version(int version, Error error)
{
    const std::string which = "version " + std::to_string(version);
    error.where = error.where.empty() ? which : which + ", " + error.where;
    return error;
}

bool is_server_trouble(int status) { return status >= 500 || status == 429 || status == 408; }

SyncOutcome finish(SyncOutcome outcome, SyncKind kind, std::string reason = {})
{
    outcome.kind = kind;
    outcome.reason = std::move(reason);
    if (kind == SyncKind::Refused)
        log::warning(component, "refused a bundle, keeping version " + std::to_string(outcome.version) + ": " +
                                     outcome.reason);
    return outcome;
}

}  // namespace

const char* to_string(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Unchanged: return "unchanged";
    case SyncKind::Updated: return "updated";
    case SyncKind::Refused: return "refused";
    case SyncKind::Unreachable: return "unreachable";
    }
    return "unreachable";
}

struct ContentSync::Current {
    int version = 0;
    std::string manifest_bytes;
    std::string etag;  // sent as If-None-Match only when the current bundle is whole
    bool complete = false;
};

ContentSync::ContentSync(net::HttpClient& http, store::BundleStore& store, SyncSettings settings)
    : m_http(http), m_store(store), m_settings(std::move(settings))
{
}

ContentSync::Current ContentSync::read_current(SyncOutcome& outcome) const
{
    Current current;
    auto stored = m_store.current();
    if (!stored) {
        // An unreadable pointer: the kiosk runs from its site folder, so any signed bundle is newer.
        log::warning(component, "the current bundle cannot be read (" + describe(stored.error()) + "); treating it as version 0");
        return current;
    }
    if (*stored) {
        current.version = (*stored)->manifest.version;
        current.manifest_bytes = std::move((*stored)->manifest_bytes);
        current.complete = (*stored)->complete;
        if (current.complete)
            current.etag = std::move((*stored)->etag);
    }
    outcome.version = current.version;
    return current;
}

SyncOutcome ContentSync::poll_once()
{
    SyncOutcome outcome;
    const Current current = read_current(outcome);
    net::HttpResponse response;
    if (auto ended = fetch_manifest(current, response, outcome))
        return std::move(*ended);
    auto parsed = bundle::parse_manifest(response.body);
    if (!parsed.manifest)
        return finish(std::move(outcome), SyncKind::Refused,
                      "the manifest is malformed: " + content::describe(parsed.problems.front()));
    const bundle::Manifest& manifest = *parsed.manifest;
    if (auto refusal = check_manifest(manifest, response.body, current))
        return finish(std::move(outcome), SyncKind::Refused, *refusal);
    if (response.body == current.manifest_bytes && current.complete) {
        // The same bundle under a new ETag: remember the ETag so the next poll is a 304.
        if (response.etag != current.etag)
            (void)m_store.commit(response.body, manifest, response.etag);
        return finish(std::move(outcome), SyncKind::Unchanged);
    }
    if (auto stopped = fetch_blobs(manifest, outcome))
        return std::move(*stopped);
    return validate_and_commit(response.body, manifest, response.etag, std::move(outcome));
}

std::optional<SyncOutcome> ContentSync::fetch_manifest(const Current& current, net::HttpResponse& response,
                                                       SyncOutcome& outcome)
{
    if (m_settings.site_id.empty() || m_settings.site_id.find_first_not_of(site_id_characters) != std::string::npos)
        return finish(std::move(outcome), SyncKind::Refused,
                      "the configured site id \"" + m_settings.site_id + "\" is not a site id (a-z, 0-9 and -)");
    net::HttpRequest request;
    request.url = manifest_url(m_settings.hub_url, m_settings.site_id);
    request.max_response_bytes = m_settings.max_manifest_bytes;
    if (!current.etag.empty())
        request.headers.emplace_back("If-None-Match", current.etag);
    response = m_http.send(request);
    outcome.bytes_transferred += response.bytes_received;
    outcome.bytes_sent += response.bytes_sent;
    if (response.error.starts_with("response larger than"))
        return finish(std::move(outcome), SyncKind::Refused,
                      "the manifest is larger than " + std::to_string(m_settings.max_manifest_bytes) + " bytes");
    if (!response.error.empty())
        return finish(std::move(outcome), SyncKind::Unreachable, "the hub cannot be reached: " + response.error);
    if (response.status == 304 && !current.etag.empty())
        return finish(std::move(outcome), SyncKind::Unchanged);
    if (is_server_trouble(response.status))
        return finish(std::move(outcome), SyncKind::Unreachable,
                      "the hub answered HTTP " + std::to_string(response.status) + " for the manifest");
    if (response.status != 200)
        return finish(std::move(outcome), SyncKind::Refused,
                      "the hub answered HTTP " + std::to_string(response.status) + " for the manifest of site \"" +
                          m_settings.site_id + "\"");
    return std::nullopt;
}

std::optional<std::string> ContentSync::check_manifest(const bundle::Manifest& manifest, std::string_view bytes,
                                                       const Current& current) const
{
    // The site first: a manifest of another site would fail the signature check for a reason
    // that misleads whoever reads the log.
    if (manifest.site != m_settings.site_id)
        return "the manifest is for site \"" + manifest.site + "\", not this kiosk's site \"" + m_settings.site_id + "\"";
    if (!crypto::verify_hex(bundle::canonical_bytes(manifest), manifest.signature, m_settings.public_key_hex)) {
        const std::string trusted = crypto::key_id(m_settings.public_key_hex);
        std::string reason = "the manifest's signature does not verify with the hub key this kiosk trusts (" + trusted + ")";
        if (manifest.key_id != trusted)
            reason += "; it names key " + manifest.key_id;
        return reason;
    }
    return refusal_before_download(manifest, bytes, m_settings.site_id, {current.version, current.manifest_bytes},
                                   {m_settings.max_blob_bytes, m_settings.max_bundle_bytes});
}

std::optional<SyncOutcome> ContentSync::fetch_blobs(const bundle::Manifest& manifest, SyncOutcome& outcome)
{
    auto missing = blobs_to_fetch(manifest, [this](std::string_view sha256) { return m_store.has_blob(sha256); });
    for (const auto& file : missing) {
        net::HttpRequest request;
        request.url = blob_url(m_settings.hub_url, file.sha256);
        request.max_response_bytes = static_cast<std::size_t>(file.size);
        auto response = m_http.send(request);
        outcome.bytes_transferred += response.bytes_received;
        outcome.bytes_sent += response.bytes_sent;
        const std::string name = "\"" + file.path + "\"";
        if (response.error.starts_with("response larger than"))
            return finish(std::move(outcome), SyncKind::Refused,
                          "the hub sent more than the " + std::to_string(file.size) + " bytes the manifest declares for " + name);
        if (!response.error.empty())
            return finish(std::move(outcome), SyncKind::Unreachable,
                          "the hub cannot be reached while fetching " + name + ": " + response.error);
        if (is_server_trouble(response.status))
            return finish(std::move(outcome), SyncKind::Unreachable,
                          "the hub answered HTTP " + std::to_string(response.status) + " for " + name);
        if (response.status != 200)
            return finish(std::move(outcome), SyncKind::Refused,
                          "the hub answered HTTP " + std::to_string(response.status) + " for the blob of " + name);
        if (response.body.size() != file.size)
            return finish(std::move(outcome), SyncKind::Refused,
                          "the blob of " + name + " is truncated: " + std::to_string(response.body.size()) + " of " +
                              std::to_string(file.size) + " bytes");
        if (crypto::sha256_hex(response.body) != file.sha256)
            return finish(std::move(outcome), SyncKind::Refused,
                          "the blob of " + name + " does not match its SHA-256 in the manifest");
        if (auto stored = m_store.put_blob(file.sha256, response.body); !stored)
            return finish(std::move(outcome), SyncKind::Refused, "cannot store " + name + ": " + describe(stored.error()));
        ++outcome.blobs_fetched;
    }
    return std::nullopt;
}

SyncOutcome ContentSync::validate_and_commit(const std::string& manifest_bytes, const bundle::Manifest& manifest,
                                             const std::string& etag, SyncOutcome outcome)
{
    const std::string version = "version " + std::to_string(manifest.version);
    auto files = m_store.read_files(manifest);
    if (!files)
        return finish(std::move(outcome), SyncKind::Refused, describe(in_version(manifest.version, files.error())));
    auto valid = validate_bundle(*files, m_settings.site_id);
    if (!valid)
        return finish(std::move(outcome), SyncKind::Refused, describe(in_version(manifest.version, valid.error())));
    if (auto committed = m_store.commit(manifest_bytes, manifest, etag); !committed)
        return finish(std::move(outcome), SyncKind::Refused, "cannot switch to " + version + ": " + describe(committed.error()));
    log::info(component, "switched to " + version + " of site " + manifest.site + " (" +
                             std::to_string(outcome.blobs_fetched) + " blobs fetched)");
    outcome.version = manifest.version;
    outcome.has_urgent_notice = !bundle::urgent_notice_ids(valid->status).empty();
    outcome.files = std::move(*files);
    outcome.site = std::move(*valid);
    return finish(std::move(outcome), SyncKind::Updated);
}

Result<std::optional<LoadedBundle>> load_current_bundle(store::BundleStore& store, const std::string& site_id)
{
    auto current = store.current();
    if (!current)
        return tl::unexpected(current.error());
    if (!*current)
        return std::optional<LoadedBundle>();
    const auto& manifest = (*current)->manifest;
    auto files = store.read_files(manifest);
    if (!files)
        return tl::unexpected(in_version(manifest.version, files.error()));
    auto valid = validate_bundle(*files, site_id);
    if (!valid)
        return tl::unexpected(in_version(manifest.version, valid.error()));
    const bool urgent = !bundle::urgent_notice_ids(valid->status).empty();
    return LoadedBundle{std::move(*files), manifest.version, urgent, std::move(*valid)};
}

}  // namespace phare::app
