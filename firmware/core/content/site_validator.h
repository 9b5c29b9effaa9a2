#pragma once
// Step two of loading: what no single field can say on its own. Unique ids, references that
// resolve, translations in every language, interface strings with matching placeholders, readable
// media, voices eSpeak NG has, and every destination reachable from every kiosk.

#include "core/content/problem.h"
#include "core/content/site.h"
#include "core/content/site_parser.h"
#include "core/content/source_files.h"
#include "core/content/voices.h"

namespace phare::content {

// `voices`: the eSpeak NG voices the caller has (nullptr: a language's voice is not checked, as on
// the hub, which does not speak).
void validate_site(const Site& site, const SourceMap& where, const SourceFiles& files, Problems& problems,
                   const Voices* voices = nullptr);

}  // namespace phare::content
