#include "app/sync/sync_plan.h"

#include <set>

namespace phare::app {

namespace {

std::string mib(std::uint64_t bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return std::to_string(bytes / (1024 * 1024)) + " MiB";
    return std::to_string(bytes) + " bytes";
}

std::string_view without_trailing_slashes(std::string_view url)
{
    while (url.ends_with('/'))
        url.remove_suffix(1);
    return url;
}

}  // namespace

std::optional<std::string> refusal_before_download(const bundle::Manifest& candidate, std::string_view candidate_bytes,
                                                   std::string_view site_id, const CurrentVersion& current,
                                                   const SyncLimits& limits)
{
    if (candidate.site != site_id)
        return "the manifest is for site \"" + candidate.site + "\", not this kiosk's site \"" + std::string(site_id) +
               "\"";
    if (candidate.version < current.version)
        return "the manifest's version " + std::to_string(candidate.version) + " is older than the current version " +
               std::to_string(current.version) + " (a kiosk never goes back)";
    if (candidate.version == current.version && candidate_bytes != current.manifest_bytes)
        return "the manifest's version " + std::to_string(candidate.version) +
               " is the current version but its content differs (a version is never reused)";
    std::uint64_t total = 0;
    for (const auto& file : candidate.files) {
        if (file.size > limits.max_blob_bytes)
            return "the file \"" + file.path + "\" declares " + std::to_string(file.size) +
                   " bytes, more than the limit of " + mib(limits.max_blob_bytes) + " for one file";
        total += file.size;
    }
    if (total > limits.max_bundle_bytes)
        return "the bundle declares " + std::to_string(total) + " bytes in all, more than the limit of " +
               mib(limits.max_bundle_bytes);
    return std::nullopt;
}

std::vector<bundle::FileEntry> blobs_to_fetch(const bundle::Manifest& manifest,
                                              const std::function<bool(std::string_view sha256)>& is_stored)
{
    std::vector<bundle::FileEntry> missing;
    std::set<std::string, std::less<>> seen;
    for (const auto& file : manifest.files) {
        if (seen.insert(file.sha256).second && !is_stored(file.sha256))
            missing.push_back(file);
    }
    return missing;
}

std::string manifest_url(std::string_view hub_url, std::string_view site_id)
{
    return std::string(without_trailing_slashes(hub_url)) + "/api/v1/sites/" + std::string(site_id) + "/manifest";
}

std::string blob_url(std::string_view hub_url, std::string_view sha256)
{
    return std::string(without_trailing_slashes(hub_url)) + "/api/v1/blobs/" + std::string(sha256);
}

}  // namespace phare::app
