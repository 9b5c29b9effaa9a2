// The pure decisions of a sync: may a manifest replace the current bundle, which blobs to fetch,
// and the URLs. No network, no card, no key.

#include "app/sync/sync_plan.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

bundle::Manifest manifest(int version, std::vector<bundle::FileEntry> files = {{"a.json", std::string(64, 'a'), 10}})
{
    bundle::Manifest result;
    result.site = "prefecture-44";
    result.version = version;
    result.files = std::move(files);
    return result;
}

std::optional<std::string> refusal(int version, std::string_view bytes, app::CurrentVersion current, app::SyncLimits limits = {})
{
    return app::refusal_before_download(manifest(version), bytes, "prefecture-44", current, limits);
}

}  // namespace

TEST_CASE("a newer version is accepted, an older one or a reused one is refused", "[sync][plan]")
{
    CHECK_FALSE(refusal(1, "m1", {0, ""}));
    CHECK_FALSE(refusal(4, "m4", {3, "m3"}));
    CHECK_FALSE(refusal(3, "m3", {3, "m3"}));  // the same manifest again: a repair, not a change
    CHECK(refusal(2, "m2", {3, "m3"}).value() == "the manifest's version 2 is older than the current version 3 (a kiosk never goes back)");
    CHECK(refusal(3, "other", {3, "m3"}).value().find("is the current version but its content differs") != std::string::npos);
}

TEST_CASE("declared sizes over the limits are refused by name", "[sync][plan]")
{
    app::SyncLimits limits{100, 150};
    auto big_file = manifest(2, {{"map.json", std::string(64, 'a'), 101}});
    CHECK(app::refusal_before_download(big_file, "", "prefecture-44", {1, "x"}, limits).value() ==
          "the file \"map.json\" declares 101 bytes, more than the limit of 100 bytes for one file");
    auto at_limit = manifest(2, {{"map.json", std::string(64, 'a'), 100}});
    CHECK_FALSE(app::refusal_before_download(at_limit, "", "prefecture-44", {1, "x"}, limits));
    auto big_bundle = manifest(2, {{"a", std::string(64, 'a'), 80}, {"b", std::string(64, 'b'), 80}});
    CHECK(app::refusal_before_download(big_bundle, "", "prefecture-44", {1, "x"}, limits).value() ==
          "the bundle declares 160 bytes in all, more than the limit of 150 bytes");
    CHECK(app::refusal_before_download(manifest(2), "", "prefecture-44", {1, "x"}, {16u << 20, 64u << 20}) == std::nullopt);
    CHECK(app::refusal_before_download(big_file, "", "prefecture-44", {1, "x"}, {1u << 20, 64u << 20}) == std::nullopt);
}

TEST_CASE("another site's manifest is refused", "[sync][plan]")
{
    CHECK(app::refusal_before_download(manifest(2), "", "mairie-demo", {1, "x"}, {}).value() ==
          "the manifest is for site \"prefecture-44\", not this kiosk's site \"mairie-demo\"");
}

TEST_CASE("only blobs not stored are fetched, each once", "[sync][plan]")
{
    const std::string a(64, 'a'), b(64, 'b'), c(64, 'c');
    auto m = manifest(2, {{"a.json", a, 1}, {"b.json", b, 1}, {"copy-of-b.json", b, 1}, {"c.json", c, 1}});
    auto missing = app::blobs_to_fetch(m, [&](std::string_view sha) { return sha == a; });
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].path == "b.json");
    CHECK(missing[1].path == "c.json");
    CHECK(app::blobs_to_fetch(m, [](std::string_view) { return true; }).empty());
}

TEST_CASE("URLs are formed whatever slashes end the hub's address", "[sync][plan]")
{
    CHECK(app::manifest_url("http://h:1", "s") == "http://h:1/api/v1/sites/s/manifest");
    CHECK(app::manifest_url("https://h/", "s") == "https://h/api/v1/sites/s/manifest");
    CHECK(app::blob_url("https://h//", "ab") == "https://h/api/v1/blobs/ab");
}
