// Manifests: canonical bytes are deterministic and exclude the signature; parsing accepts what the
// hub writes and names every malformed field.

#include "core/bundle/bundle_files.h"
#include "core/bundle/manifest.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using Json = nlohmann::json;

namespace {

// Not SHA-256: a deterministic stand-in so these tests stay pure; signature_test.cpp uses the real one.
std::string fake_hash(std::string_view bytes) { return std::string(64, static_cast<char>('a' + bytes.size() % 6)); }

bundle::Manifest sample()
{
    bundle::Manifest manifest;
    manifest.site = "prefecture-44";
    manifest.version = 7;
    manifest.key_id = "0123456789abcdef";
    manifest.files = {{"site.json", std::string(64, 'b'), 120}, {"map.json", std::string(64, 'c'), 3000}};
    manifest.signature = std::string(128, 'f');
    return manifest;
}

bool has(const content::Problems& problems, const std::string& pointer, const std::string& words)
{
    for (const auto& p : problems)
        if (p.pointer == pointer && p.message.find(words) != std::string::npos)
            return true;
    return false;
}

}  // namespace

TEST_CASE("canonical bytes are sorted, compact and leave the signature out", "[bundle]")
{
    auto manifest = sample();
    std::string bytes = bundle::canonical_bytes(manifest);
    CHECK(bytes.find("signature") == std::string::npos);
    CHECK(bytes.find(' ') == std::string::npos);
    CHECK(bytes.find("\"files\"") < bytes.find("\"site\""));
    CHECK(bytes.find("map.json") < bytes.find("site.json"));
    std::reverse(manifest.files.begin(), manifest.files.end());
    manifest.signature = std::string(128, '0');
    CHECK(bundle::canonical_bytes(manifest) == bytes);
}

TEST_CASE("a served manifest parses back to the same canonical bytes", "[bundle]")
{
    auto manifest = sample();
    auto parsed = bundle::parse_manifest(bundle::to_json(manifest));
    INFO(test::all_problems(parsed.problems));
    REQUIRE(parsed.manifest);
    CHECK(parsed.manifest->signature == manifest.signature);
    CHECK(parsed.manifest->version == 7);
    CHECK(bundle::canonical_bytes(*parsed.manifest) == bundle::canonical_bytes(manifest));
}

TEST_CASE("malformed manifests are refused field by field", "[bundle]")
{
    Json good = Json::parse(bundle::to_json(sample()));
    struct Case {
        std::string pointer;
        std::string words;
        std::function<void(Json&)> change;
    };
    auto c = GENERATE(as<Case>{},
        Case{"/files/0/path", "not a safe relative path", [](Json& j) { j["files"][0]["path"] = "../../etc/passwd"; }},
        Case{"/files/1/path", "not a safe relative path", [](Json& j) { j["files"][1]["path"] = "/etc/passwd"; }},
        Case{"/files/0/path", "not a safe relative path", [](Json& j) { j["files"][0]["path"] = "media\\a.png"; }},
        Case{"/files/1/path", "duplicate path", [](Json& j) { j["files"][1]["path"] = "map.json"; }},
        Case{"/files/0/sha256", "64 lowercase", [](Json& j) { j["files"][0]["sha256"] = "abc"; }},
        Case{"/files/0/size", "whole number", [](Json& j) { j["files"][0]["size"] = -1; }},
        Case{"/version", "1 or more", [](Json& j) { j["version"] = 0; }},
        Case{"/version", "whole number", [](Json& j) { j["version"] = "7"; }},
        Case{"/signature", "128 lowercase", [](Json& j) { j["signature"] = "zz"; }},
        Case{"/format", "unsupported", [](Json& j) { j["format"] = 2; }},
        Case{"/files", "between 1 and", [](Json& j) { j["files"] = Json::array(); }},
        Case{"/site", "not a valid id", [](Json& j) { j["site"] = "../x"; }});
    Json broken = good;
    c.change(broken);
    auto parsed = bundle::parse_manifest(broken.dump());
    INFO(c.pointer << "\n" << test::all_problems(parsed.problems));
    CHECK_FALSE(parsed.manifest);
    CHECK(has(parsed.problems, c.pointer, c.words));
}

TEST_CASE("a manifest that is not JSON is reported, not thrown", "[bundle]")
{
    auto parsed = bundle::parse_manifest("{\"site\": ");
    CHECK_FALSE(parsed.manifest);
    REQUIRE_FALSE(parsed.problems.empty());
    CHECK(parsed.problems.front().message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("a manifest with a number no double can hold is reported, not thrown", "[bundle]")
{
    // Found by tests/fuzz (manifest): nlohmann throws out_of_range, not parse_error, for 1e400,
    // and the kiosk ended on std::terminate before it could check the signature.
    auto parsed = bundle::parse_manifest(R"({"files":[{"path":"map.json","sha256":1e400336421161}],"site":"tiny"})");
    CHECK_FALSE(parsed.manifest);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.front().file == "manifest.json");
    CHECK(parsed.problems.front().pointer == "line 1, column 39");
    CHECK(parsed.problems.front().message == "not valid JSON: the number 1e400336421161 is too large (more than a double can hold)");
}

TEST_CASE("fetched files are checked against the manifest", "[bundle]")
{
    content::SourceFiles files{{"a.json", "{}"}, {"media/b.png", "PNG"}};
    content::Problems problems;
    bundle::Manifest manifest;
    manifest.files = bundle::describe_files(files, fake_hash, problems);
    REQUIRE(problems.empty());
    REQUIRE(manifest.files.size() == 2);
    CHECK(manifest.files[1].size == 3);
    CHECK(bundle::check_files(manifest, files, fake_hash).empty());

    auto changed = files;
    changed["a.json"] = "[]";
    changed.erase("media/b.png");
    changed["extra.json"] = "{}";
    auto found = bundle::check_files(manifest, changed, [](std::string_view) { return std::string(64, '1'); });
    CHECK(found.size() == 3);
}

TEST_CASE("a site file with an unsafe name cannot be published", "[bundle]")
{
    content::Problems problems;
    auto entries = bundle::describe_files({{"ok.json", "{}"}, {"bad name.json", "{}"}}, fake_hash, problems);
    CHECK(entries.size() == 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == "bad name.json");
}
