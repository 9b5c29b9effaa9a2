#pragma once
// Reads the optional queue.json of a site into Site::queue and checks it against the site's
// services, map and languages (docs/site-format.md, "queue.json"). Runs after the rest of the site
// is parsed; problems name queue.json, a JSON pointer and what is wrong.

#include "core/content/problem.h"
#include "core/content/site.h"
#include "core/content/source_files.h"

namespace phare::content {

inline constexpr int max_priority_one_call_in = 100;

void parse_queue(const SourceFiles& files, Site& site, Problems& problems);

}  // namespace phare::content
