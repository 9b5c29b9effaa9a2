#include "fuzz_support.h"

#include "platform/store/site_directory.h"

#include <cstdio>
#include <cstdlib>

namespace phare::fuzz {

void require(bool holds, std::string_view what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

const content::SourceFiles& tiny_site_files()
{
    static const content::SourceFiles files = [] {
        auto read = store::read_site_directory(PHARE_SOURCE_DIR "/tests/fixtures/sites/tiny");
        if (!read) {
            std::fprintf(stderr, "%s\n", describe(read.error()).c_str());
            std::exit(2);
        }
        return *read;
    }();
    return files;
}

const content::Site& tiny_site()
{
    static const content::Site site = [] {
        auto loaded = content::load_site(tiny_site_files());
        if (!loaded.site) {
            std::fprintf(stderr, "the fixture site tests/fixtures/sites/tiny does not load\n");
            std::exit(2);
        }
        return *loaded.site;
    }();
    return site;
}

}  // namespace phare::fuzz
