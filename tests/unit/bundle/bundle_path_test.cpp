// Bundle paths and blob names: whatever could leave a folder is refused, ordinary site paths pass.

#include "core/bundle/bundle_path.h"

#include <catch2/catch.hpp>

#include <string>

using namespace phare;

TEST_CASE("ordinary site paths are safe", "[bundle]")
{
    auto path = GENERATE(as<std::string>{}, "site.json", "strings/ar.json", "media/pictograms/titres-sejour.png", "a_b.c-d");
    INFO(path);
    CHECK(bundle::is_safe_path(path));
}

TEST_CASE("paths that could climb out of a folder are refused", "[bundle]")
{
    auto path = GENERATE(as<std::string>{}, "", "..", "../etc/passwd", "media/../../x", "/etc/passwd", "media//a.png",
                         "media/", "./site.json", "a\\b.json", "C:stuff", ".hidden", "media/.git/config", "a b.json",
                         std::string("a\0b", 3), "caf\xc3\xa9.json", std::string(256, 'a'));
    INFO(path);
    CHECK_FALSE(bundle::is_safe_path(path));
}

TEST_CASE("a blob name is exactly 64 lowercase hex digits", "[bundle]")
{
    CHECK(bundle::is_sha256_hex(std::string(64, 'a')));
    CHECK(bundle::is_sha256_hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    auto name = GENERATE(as<std::string>{}, std::string(63, 'a'), std::string(65, 'a'), std::string(64, 'A'),
                         std::string(62, 'a') + "..", "../" + std::string(61, 'a'), std::string(63, 'a') + "g");
    INFO(name);
    CHECK_FALSE(bundle::is_sha256_hex(name));
}
