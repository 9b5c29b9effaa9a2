#pragma once
// Turns a site's source files into a validated Site, or says everything that is wrong with them.

#include "core/content/problem.h"
#include "core/content/site.h"
#include "core/content/source_files.h"
#include "core/content/voices.h"

#include <optional>

namespace phare::content {

struct LoadedSite {
    std::optional<Site> site;  // present if and only if there is no error
    Problems problems;         // every error and warning, in file order
};

// Parsing and validation of the site's own files. Entry points (phare validate, phare-kiosk, the
// hub) use bundle::load_bundle_site, which adds status.json and the route checks to this.
LoadedSite load_site(const SourceFiles& files, const Voices* voices = nullptr);

}  // namespace phare::content
