#include "core/bundle/bundle_files.h"

#include "core/bundle/bundle_path.h"

namespace phare::bundle {

std::vector<FileEntry> describe_files(const content::SourceFiles& files, const Sha256& sha256, content::Problems& problems)
{
    std::vector<FileEntry> entries;
    // SourceFiles is an ordered map: entries come out sorted by path, as the manifest wants.
    for (const auto& [path, bytes] : files) {
        if (!is_safe_path(path)) {
            problems.push_back({content::Severity::Error, path, "", "cannot be published: a bundle path uses only "
                                                                    "letters, digits, '.', '_', '-' and '/'"});
            continue;
        }
        entries.push_back({path, sha256(bytes), bytes.size()});
    }
    return entries;
}

content::Problems check_files(const Manifest& manifest, const content::SourceFiles& files, const Sha256& sha256)
{
    content::Problems problems;
    auto error = [&](const std::string& path, std::string message) {
        problems.push_back({content::Severity::Error, path, "", std::move(message)});
    };
    for (const auto& entry : manifest.files) {
        auto it = files.find(entry.path);
        if (it == files.end()) {
            error(entry.path, "is in the manifest but missing");
            continue;
        }
        if (it->second.size() != entry.size)
            error(entry.path, "has " + std::to_string(it->second.size()) + " bytes, the manifest says " + std::to_string(entry.size));
        else if (sha256(it->second) != entry.sha256)
            error(entry.path, "does not match its SHA-256 in the manifest");
    }
    for (const auto& [path, bytes] : files)
        if (!manifest.find(path))
            error(path, "is not in the manifest");
    return problems;
}

}  // namespace phare::bundle
