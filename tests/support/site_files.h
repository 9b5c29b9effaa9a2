#pragma once
// Test helpers to load site folders from the source tree and to break them on purpose.

#include "core/content/site_loader.h"
#include "platform/store/site_directory.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace phare::test {

inline std::string source_path(const std::string& relative) { return std::string(PHARE_SOURCE_DIR) + "/" + relative; }

inline content::SourceFiles read_site(const std::string& relative)
{
    auto files = store::read_site_directory(source_path(relative));
    if (!files)
        throw std::runtime_error(describe(files.error()));
    return *files;
}

// The tiny fixture's files, read once, for tests that break a copy of them.
inline const content::SourceFiles& tiny_files()
{
    static const content::SourceFiles files = read_site("tests/fixtures/sites/tiny");
    return files;
}

// Applies `change` to one JSON file of the site and returns the new files.
template<typename Change>
content::SourceFiles with_json(content::SourceFiles files, const std::string& name, Change change)
{
    auto json = nlohmann::json::parse(files.at(name));
    change(json);
    files[name] = json.dump(2);
    return files;
}

inline bool has_problem(const content::Problems& problems, content::Severity severity, const std::string& file,
                        const std::string& pointer, const std::string& words)
{
    for (const auto& p : problems)
        if (p.severity == severity && p.file == file && p.pointer == pointer && p.message.find(words) != std::string::npos)
            return true;
    return false;
}

inline std::string all_problems(const content::Problems& problems)
{
    std::string text;
    for (const auto& p : problems)
        text += content::describe(p) + "\n";
    return text;
}

}  // namespace phare::test
