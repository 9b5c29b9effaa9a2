#pragma once
// Between a site's files and a manifest: listing files as manifest entries when publishing, and
// checking fetched files against a manifest before a kiosk switches to them. The hash function is
// passed in (platform/crypto provides SHA-256) so that core does not link libsodium.

#include "core/bundle/manifest.h"
#include "core/content/problem.h"
#include "core/content/source_files.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::bundle {

// Returns the lowercase hex SHA-256 of `bytes`.
using Sha256 = std::function<std::string(std::string_view bytes)>;

// Every file as a manifest entry, sorted by path. A path a bundle cannot carry is a problem (file
// = that path) and is left out.
std::vector<FileEntry> describe_files(const content::SourceFiles& files, const Sha256& sha256, content::Problems& problems);

// Every difference between `files` and what `manifest` promises: a missing or extra file, a wrong
// size, a wrong hash. Empty when the files are exactly the bundle.
content::Problems check_files(const Manifest& manifest, const content::SourceFiles& files, const Sha256& sha256);

}  // namespace phare::bundle
