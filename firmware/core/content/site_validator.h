#pragma once
// Step two of loading: what no single field can say on its own. Unique ids, references that
// resolve, translations in every language, interface strings with matching placeholders, readable
// media, and every destination reachable from every kiosk.

#include "content/problem.h"
#include "content/site.h"
#include "content/site_parser.h"
#include "content/source_files.h"

namespace phare::content {

void validate_site(const Site& site, const SourceMap& where, const SourceFiles& files, Problems& problems);

}  // namespace phare::content
