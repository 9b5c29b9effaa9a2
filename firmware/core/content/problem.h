#pragma once
// A problem found while loading content: which file, where inside it, and what is wrong, in a
// sentence a maintainer can act on without reading C++.

#include <string>
#include <vector>

namespace phare::content {

enum class Severity { Error, Warning };

struct Problem {
    Severity severity = Severity::Error;
    std::string file;     // relative to the site folder, e.g. "services.json"
    std::string pointer;  // JSON pointer ("/services/3/hours/mon/0") or "line 12, column 4"
    std::string message;
};

using Problems = std::vector<Problem>;

// "services.json:/services/3/name/uk: missing translation" (prefixed with "warning: " for warnings).
std::string describe(const Problem& problem, const std::string& site_root = {});

bool has_errors(const Problems& problems);

}  // namespace phare::content
