// The drawn plan in map.json (units, walls, openings): optional, read strictly, and each mistake
// reported with the file and the place.

#include "core/content/plan_geometry.h"
#include "core/content/site_loader.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::Severity;
using test::has_problem;
using Json = nlohmann::json;

namespace {

const content::SourceFiles& tiny() { return test::tiny_files(); }

Json square(double x0, double y0, double x1, double y1) { return Json::array({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}); }

// The tiny site's ground floor as one hall holding every node, with a counter lettered "A".
content::SourceFiles with_plan(const std::function<void(Json& level)>& change = {})
{
    return test::with_json(tiny(), "map.json", [&](Json& j) {
        Json& level = j["levels"][0];
        level["units"] = Json::array({
            {{"id", "hall"}, {"kind", "hall"}, {"name", {{"fr", "Hall"}, {"ar", "البهو"}}}, {"outline", square(-5, -1, 5, 11)}},
            {{"id", "guichet"}, {"kind", "counter"}, {"label", "A"}, {"outline", square(3, 5, 5, 7)}},
        });
        level["walls"] = Json::array({Json::array({{-5, -1}, {5, -1}})});
        level["openings"] = Json::array({{{"unit", "hall"}, {"at", Json::array({{-1, -1}, {1, -1}})}}});
        if (change)
            change(level);
    });
}

}  // namespace

TEST_CASE("a map without a drawn plan loads as before", "[content][plan]")
{
    auto loaded = content::load_site(tiny());
    REQUIRE(loaded.site);
    for (const auto& level : loaded.site->map.levels)
        CHECK(level.plan.empty());
}

TEST_CASE("units, walls and openings are read in the graph's metres", "[content][plan]")
{
    auto loaded = content::load_site(with_plan());
    INFO(test::all_problems(loaded.problems));
    REQUIRE(loaded.site);
    CHECK(loaded.problems.empty());
    const auto& plan = loaded.site->map.levels[0].plan;
    REQUIRE(plan.units.size() == 2);
    CHECK(plan.units[0].kind == content::UnitKind::Hall);
    CHECK(plan.units[1].kind == content::UnitKind::Counter);
    CHECK(plan.units[1].label == "A");
    CHECK(plan.units[0].outline.size() == 4);
    CHECK(plan.units[0].outline[2].x == 5);
    CHECK(plan.units[0].outline[2].y == 11);
    REQUIRE(plan.walls.size() == 1);
    CHECK(plan.walls[0].size() == 2);
    REQUIRE(plan.openings.size() == 1);
    CHECK(plan.openings[0].unit == "hall");
    CHECK(loaded.site->map.levels[1].plan.empty());
}

TEST_CASE("an outline of fewer than three corners is an error at its place", "[content][plan]")
{
    auto loaded = content::load_site(with_plan([](Json& level) { level["units"][1]["outline"] = Json::array({{3, 5}, {5, 5}}); }));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/units/1/outline", "at least 3 corners"));
}

TEST_CASE("an outline that crosses itself is an error", "[content][plan]")
{
    auto loaded = content::load_site(with_plan([](Json& level) {
        level["units"][1]["outline"] = Json::array({{3, 5}, {5, 7}, {5, 5}, {3, 7}});  // a bow tie
    }));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/units/1/outline", "crosses itself"));
}

TEST_CASE("a corner that is not a point names its place", "[content][plan]")
{
    auto loaded = content::load_site(with_plan([](Json& level) { level["units"][1]["outline"][2] = "5,7"; }));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/units/1/outline/2", "expected a point [x, y]"));
}

TEST_CASE("an unknown unit kind lists the kinds", "[content][plan]")
{
    auto loaded = content::load_site(with_plan([](Json& level) { level["units"][1]["kind"] = "guichet"; }));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/units/1/kind", "is not one of: room, office"));
}

TEST_CASE("a unit id used twice is an error naming the first", "[content][plan]")
{
    auto files = with_plan();
    files = test::with_json(files, "map.json", [](Json& j) {
        j["levels"][1]["units"] = Json::array({{{"id", "hall"}, {"kind", "room"}, {"outline", square(-5, 5, 5, 20)}}});
    });
    auto loaded = content::load_site(files);
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/1/units/0/id", "duplicate unit id \"hall\" (first at /levels/0/units/0/id)"));
}

TEST_CASE("a node outside every unit of its level is a warning", "[content][plan]")
{
    auto loaded = content::load_site(with_plan([](Json& level) {
        level["units"][0]["outline"] = square(-5, 1, 5, 11);
        level["openings"] = Json::array();
    }));
    REQUIRE(loaded.site);  // a warning: the kiosk still routes and draws
    CHECK(has_problem(loaded.problems, Severity::Warning, "map.json", "/nodes/0", "node \"t-entree\" is in no unit"));
}

TEST_CASE("an opening must be on its unit's outline", "[content][plan]")
{
    SECTION("off the outline")
    {
        auto loaded = content::load_site(with_plan([](Json& level) { level["openings"][0]["at"] = Json::array({{0, 4}}); }));
        CHECK_FALSE(loaded.site);
        CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/openings/0/at/0", "not on the outline of unit \"hall\""));
    }
    SECTION("an unknown unit")
    {
        auto loaded = content::load_site(with_plan([](Json& level) { level["openings"][0]["unit"] = "hal"; }));
        CHECK_FALSE(loaded.site);
        CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/openings/0/unit", "no unit \"hal\""));
    }
}

TEST_CASE("a unit's name is visitors' text: every language must reach it", "[content][plan]")
{
    auto files = test::with_json(with_plan(), "site.json", [](Json& j) { j["languages"][1]["fallback"] = Json::array(); });
    files = test::with_json(files, "map.json", [](Json& j) { j["levels"][0]["units"][0]["name"].erase("ar"); });
    auto loaded = content::load_site(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/units/0/name/ar", "missing translation"));
}

TEST_CASE("a mistyped field of a unit is reported as unknown", "[content][plan]")
{
    auto loaded = content::load_site(with_plan([](Json& level) { level["units"][1]["lable"] = "A"; }));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/units/1/lable", "unknown field"));
}

TEST_CASE("plan geometry: inside, on the edge, crossing", "[content][plan]")
{
    const std::vector<content::MapPoint> l_shape{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}};
    CHECK(content::contains(l_shape, {0.5, 3}, 0));
    CHECK_FALSE(content::contains(l_shape, {3, 3}, 0));
    CHECK(content::contains(l_shape, {4.2, 0.5}, 0.25));
    CHECK_FALSE(content::self_intersecting(l_shape));
    CHECK(content::self_intersecting({{0, 0}, {2, 2}, {2, 0}, {0, 2}}));
}
