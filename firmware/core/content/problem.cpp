#include "core/content/problem.h"

#include <algorithm>

namespace phare::content {

std::string describe(const Problem& problem, const std::string& site_root)
{
    std::string text;
    if (problem.severity == Severity::Warning)
        text += "warning: ";
    if (!site_root.empty()) {
        text += site_root;
        if (site_root.back() != '/')
            text += '/';
    }
    text += problem.file;
    if (!problem.pointer.empty())
        text += ":" + problem.pointer;
    text += ": " + problem.message;
    return text;
}

bool has_errors(const Problems& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

}  // namespace phare::content
