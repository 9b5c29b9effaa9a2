#pragma once
// Step one of loading: each source file into the model, checking types and formats field by field.
// Cross-references (ids, translations, reachability) are checked afterwards by site_validator.h.

#include "core/content/problem.h"
#include "core/content/site.h"
#include "core/content/source_files.h"

namespace phare::content {

// Where each parsed item came from, so the validator can point at it.
struct SourceMap {
    std::vector<std::string> service_at;  // JSON pointer of services[i] in services.json
    std::vector<std::string> node_at;
    std::vector<std::string> edge_at;
    std::vector<std::string> level_at;
    std::vector<std::vector<std::string>> unit_at;     // per level, the pointer of each of its units
    std::vector<std::vector<std::string>> opening_at;  // per level, of each of its openings
    std::vector<std::string> kiosk_at;
    std::vector<std::string> language_at;
};

Site parse_site(const SourceFiles& files, SourceMap& where, Problems& problems);

}  // namespace phare::content
