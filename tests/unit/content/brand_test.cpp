// site.json's brand: who the kiosk speaks for on its header (docs/site-format.md, "site.json").
// A colour that white text cannot be read on, a logo that is not there: errors naming the place.

#include "core/content/site_loader.h"
#include "support/site_files.h"
#include "support/test_kiosk.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::Severity;
using test::has_problem;
using Json = nlohmann::json;

namespace {

content::LoadedSite with_brand(const Json& brand)
{
    auto files = test::with_json(test::read_site("tests/fixtures/sites/tiny"), "site.json", [&](Json& site) { site["brand"] = brand; });
    return content::load_site(files);
}

}  // namespace

TEST_CASE("a site without a brand gets the neutral header, one with it keeps its choices", "[content][brand]")
{
    const content::Site plain = test::load_valid_site("tests/fixtures/sites/tiny");
    CHECK_FALSE(plain.brand.republique_francaise);
    CHECK_FALSE(plain.brand.primary_rgb);
    auto loaded = with_brand({{"republique_francaise", true}, {"primary_color", "#7a1f5C"}});
    REQUIRE(loaded.site);
    CHECK(loaded.site->brand.republique_francaise);
    CHECK(loaded.site->brand.primary_rgb == 0x7A1F5Cu);
}

TEST_CASE("a brand colour that is not #RRGGBB, or too light for white text, is an error saying why", "[content][brand]")
{
    auto typo = with_brand({{"primary_color", "000091"}});
    CHECK_FALSE(typo.site);
    CHECK(has_problem(typo.problems, Severity::Error, "site.json", "/brand/primary_color", "is not a colour like \"#000091\""));
    auto light = with_brand({{"primary_color", "#FFD700"}});
    CHECK_FALSE(light.site);
    CHECK(has_problem(light.problems, Severity::Error, "site.json", "/brand/primary_color", "below 4.5:1"));
}

TEST_CASE("a brand logo that is missing or outside the site folder is an error at its place", "[content][brand]")
{
    auto missing = with_brand({{"logo", "media/logo.png"}});
    CHECK(has_problem(missing.problems, Severity::Error, "site.json", "/brand/logo", "media/logo.png does not exist"));
    auto outside = with_brand({{"logo", "../logo.png"}});
    CHECK(has_problem(outside.problems, Severity::Error, "site.json", "/brand/logo", "must be a path inside the site folder"));
    auto misspelt = with_brand({{"republique", true}});
    CHECK_FALSE(misspelt.site);  // strict: a misspelt field is not ignored
}
