// Reading a site folder from disk (platform/store/site_directory): what every entry point reads
// before it validates. A folder that cannot be read is an Error naming it.

#include "platform/store/site_directory.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace phare;
namespace fs = std::filesystem;

TEST_CASE("a site folder that is missing, or a file, is an error naming the path given", "[store][site]")
{
    const fs::path base = fs::temp_directory_path() / ("phare-site-dir-" + std::to_string(::getpid()));
    fs::create_directories(base);
    const std::string missing = (base / "no-such-site").string();
    auto none = store::read_site_directory(missing);
    REQUIRE_FALSE(none);
    CHECK(none.error().where == missing);
    CHECK(describe(none.error()) == missing + ": is not a folder (expected a site folder with site.json)");

    const std::string file = (base / "site.json").string();
    std::ofstream(file) << "{}";
    auto not_folder = store::read_site_directory(file);
    REQUIRE_FALSE(not_folder);
    CHECK(not_folder.error().where == file);

    auto read = store::read_site_directory(base.string());
    REQUIRE(read);
    CHECK(read->count("site.json") == 1);
    fs::remove_all(base);
}
