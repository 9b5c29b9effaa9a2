// A site's files as the kiosk, `phare validate` and the hub read them (bundle::load_bundle_site:
// parsing, validation, status.json, queue.json, step-free routes). The input changes the small test
// site tests/fixtures/sites/tiny, file by file:
//   @@ services.json          the bytes up to the next "\n@@ " replace (or add) services.json
//   @@ -map.json              map.json is removed
// An input without "@@ " at its start replaces site.json. Whatever the files, the loader must
// answer with a site or with problems, and a site only when no problem is an error.

#include "fuzz_support.h"

#include "core/bundle/bundle_site.h"
#include "core/content/problem.h"

#include <string>

namespace {

phare::content::SourceFiles changed_site(std::string_view input)
{
    phare::content::SourceFiles files = phare::fuzz::tiny_site_files();
    constexpr std::string_view mark = "@@ ";
    if (!input.starts_with(mark)) {
        files["site.json"] = std::string(input);
        return files;
    }
    while (input.starts_with(mark)) {
        input.remove_prefix(mark.size());
        const std::size_t line_end = input.find('\n');
        const std::string_view path = input.substr(0, line_end);
        input = line_end == std::string_view::npos ? std::string_view() : input.substr(line_end + 1);
        const std::size_t next = input.find("\n@@ ");
        const std::string_view bytes = input.substr(0, next);
        input = next == std::string_view::npos ? std::string_view() : input.substr(next + 1);
        if (path.starts_with('-'))
            files.erase(std::string(path.substr(1)));
        else
            files[std::string(path)] = std::string(bytes);
    }
    return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto files = changed_site(phare::fuzz::text(data, size));
    const auto loaded = phare::bundle::load_bundle_site(files);
    phare::fuzz::require(loaded.site.has_value() == !phare::content::has_errors(loaded.problems),
                         "a site is given if and only if no problem is an error");
    for (const auto& problem : loaded.problems) {
        phare::fuzz::require(!problem.message.empty(), "every problem says what is wrong");
        (void)phare::content::describe(problem, "site");
    }
    return 0;
}
