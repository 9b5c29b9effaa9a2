#pragma once
// Turns a site's source files into a validated Site, or says everything that is wrong with them.

#include "content/problem.h"
#include "content/site.h"
#include "content/source_files.h"

#include <optional>

namespace phare::content {

struct LoadedSite {
    std::optional<Site> site;  // present if and only if there is no error
    Problems problems;         // every error and warning, in file order
};

LoadedSite load_site(const SourceFiles& files);

}  // namespace phare::content
