// Directions: turns from geometry, distances as people say them, and every site's every
// destination phrased in every language without a template left unfilled.

#include "support/site_files.h"
#include "core/wayfinding/directions.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace phare;
using namespace phare::wayfinding;

namespace {

content::Node node(std::string id, double x, double y, std::string level = "L0", content::NodeKind kind = content::NodeKind::Junction)
{
    content::Node n;
    n.id = std::move(id);
    n.level = std::move(level);
    n.x = x;
    n.y = y;
    n.kind = kind;
    return n;
}

content::Edge edge(std::string from, std::string to, content::EdgeKind kind = content::EdgeKind::Corridor, double length = 5)
{
    content::Edge e;
    e.from = std::move(from);
    e.to = std::move(to);
    e.kind = kind;
    e.length_m = length;
    return e;
}

// A square walk: north, east, south; then a lift up and a corridor.
content::BuildingMap square_map()
{
    content::BuildingMap map;
    map.levels = {{"L0", 0, {}}, {"L1", 1, {}}};
    map.nodes = {node("k", 0, 0), node("a", 0, 5), node("b", 0, 10), node("c", 5, 10), node("d", 5, 5),
                 node("lift0", 5, 2, "L0", content::NodeKind::Lift), node("lift1", 5, 2, "L1", content::NodeKind::Lift),
                 node("e", 5, 6, "L1")};
    map.edges = {edge("k", "a"), edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("d", "lift0", content::EdgeKind::Corridor, 3),
                 edge("lift0", "lift1", content::EdgeKind::Lift, 0), edge("lift1", "e", content::EdgeKind::Corridor, 4)};
    return map;
}

std::vector<std::string> site_folders()
{
    std::vector<std::string> found;
    for (const char* parent : {"config/sites", "tests/fixtures/sites"})
        for (const auto& entry : std::filesystem::directory_iterator(test::source_path(parent)))
            if (std::filesystem::exists(entry.path() / "site.json"))
                found.push_back(std::string(parent) + "/" + entry.path().filename().string());
    std::sort(found.begin(), found.end());
    return found;
}

void check_filled(const std::string& text)
{
    INFO(text);
    CHECK_FALSE(text.empty());
    CHECK(text.find('{') == std::string::npos);
    CHECK(text.find("dir.") == std::string::npos);  // a key shown instead of a missing text
}

}  // namespace

TEST_CASE("turns come from the map's geometry, relative to the way the visitor faces", "[wayfinding]")
{
    content::BuildingMap map = square_map();
    RoutingGraph graph(map, RoutingWeights{});
    auto route = plan_route_between(graph, "k", 0, "e", Profile::Standard);
    REQUIRE(route);
    const auto& steps = route->steps;
    REQUIRE(steps.size() == 5);
    CHECK(steps[0].turn == Turn::Ahead);  // k -> a -> b merged: straight on through a bare junction
    CHECK(steps[0].distance_m == Approx(10));
    CHECK(steps[0].edges.size() == 2);
    CHECK(steps[1].turn == Turn::Right);  // east
    CHECK(steps[2].turn == Turn::Right);  // south, then on to the lift
    CHECK(steps[2].distance_m == Approx(8));
    CHECK(steps[3].mode == content::EdgeKind::Lift);
    CHECK(steps[3].level_change == 1);
    CHECK(steps[3].type == InstructionType::LevelChange);
    CHECK(steps[4].turn == Turn::Ahead);  // walked in southwards, so out of the lift facing north
}

TEST_CASE("a route starting behind the visitor says to turn your back to the screen", "[wayfinding]")
{
    content::BuildingMap map = square_map();
    RoutingGraph graph(map, RoutingWeights{});
    auto route = plan_route_between(graph, "k", 180, "a", Profile::Standard);
    REQUIRE(route);
    CHECK(route->steps.front().turn == Turn::ScreenBehind);
    auto left = plan_route_between(graph, "k", 90, "a", Profile::Standard);
    CHECK(left->steps.front().turn == Turn::Left);
}

TEST_CASE("a lift ridden over several levels waits for the lift once", "[wayfinding]")
{
    content::BuildingMap map;
    map.levels = {{"L0", 0, {}}, {"L1", 1, {}}, {"L2", 2, {}}};
    map.nodes = {node("l0", 0, 0, "L0", content::NodeKind::Lift), node("l1", 0, 0, "L1", content::NodeKind::Lift),
                 node("l2", 0, 0, "L2", content::NodeKind::Lift)};
    map.edges = {edge("l0", "l1", content::EdgeKind::Lift, 0), edge("l1", "l2", content::EdgeKind::Lift, 0)};
    RoutingWeights weights;
    RoutingGraph graph(map, weights);
    auto route = plan_route_between(graph, "l0", 0, "l2", Profile::StepFree);
    REQUIRE(route);
    CHECK(route->cost_s == Approx(weights.lift_wait_s + 2 * weights.lift_per_level_s));
    REQUIRE(route->steps.size() == 1);
    CHECK(route->steps[0].edges.size() == 2);
    CHECK(route->steps[0].level_change == 2);
}

TEST_CASE("one-way edges are only walked their way", "[wayfinding]")
{
    content::BuildingMap map = square_map();
    map.edges[0].one_way = true;  // k -> a only
    RoutingGraph graph(map, RoutingWeights{});
    CHECK(plan_route_between(graph, "k", 0, "a", Profile::Standard));
    auto back = plan_route_between(graph, "a", 0, "k", Profile::Standard);
    REQUIRE_FALSE(back);
    CHECK(back.error().reason == NoRouteReason::Unreachable);
}

TEST_CASE("distances are rounded the way people say them", "[wayfinding]")
{
    auto site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    CHECK(distance_text(site, 2.4, "en") == "a few metres");
    CHECK(distance_text(site, 7.4, "en") == "7 metres");
    CHECK(distance_text(site, 12.4, "en") == "10 metres");
    CHECK(distance_text(site, 13, "en") == "15 metres");
    CHECK(distance_text(site, 57, "fr") == "60 mètres");
}

TEST_CASE("without a step-free route the visitor is sent to reception on the street level", "[wayfinding]")
{
    auto files = test::with_json(test::read_site("tests/fixtures/sites/tiny"), "map.json", [](nlohmann::json& map) {
        auto& edges = map["edges"];
        for (auto it = edges.begin(); it != edges.end();)
            it = (*it)["kind"] == "lift" ? edges.erase(it) : it + 1;
    });
    auto loaded = content::load_site(files);
    REQUIRE(loaded.site);
    const content::Site& site = *loaded.site;
    RoutingGraph graph(site.map, site.routing);
    CHECK(plan_route(site, graph, "borne", "permis", Profile::Standard));
    auto step_free = plan_route(site, graph, "borne", "permis", Profile::StepFree);
    REQUIRE_FALSE(step_free);
    CHECK(step_free.error().reason == NoRouteReason::NoStepFreeRoute);
    std::string text = no_route_text(site, step_free.error(), "t-bureau", "fr");
    CHECK(text.find("sans marches") != std::string::npos);
    CHECK(text.find("Guichet 1") != std::string::npos);  // tiny's reception
    check_filled(no_route_text(site, step_free.error(), "t-bureau", "ar"));
}

TEST_CASE("every service of every site has directions from every kiosk in every language", "[wayfinding]")
{
    std::string folder = GENERATE(from_range(site_folders()));
    INFO(folder);
    auto loaded = content::load_site(test::read_site(folder));
    REQUIRE(loaded.site);
    const content::Site& site = *loaded.site;
    RoutingGraph graph(site.map, site.routing);
    for (const content::Kiosk& kiosk : site.kiosks)
        for (const content::Service& service : site.services)
            for (Profile profile : {Profile::Standard, Profile::StepFree}) {
                INFO(kiosk.id << " -> " << service.id << (profile == Profile::StepFree ? " step-free" : ""));
                auto route = plan_route(site, graph, kiosk.id, service.id, profile);
                if (profile == Profile::Standard)
                    REQUIRE(route);  // validation guarantees reachability
                for (const content::Language& language : site.languages) {
                    INFO(language.code);
                    if (!route) {
                        CHECK(route.error().reason == NoRouteReason::NoStepFreeRoute);
                        check_filled(no_route_text(site, route.error(), service.destination, language.code));
                        continue;
                    }
                    for (Wording wording : {Wording::Standard, Wording::EasyRead}) {
                        auto lines = directions(site, *route, language.code, wording);
                        CHECK(lines.size() == route->steps.size() + 2);
                        for (const Direction& line : lines)
                            check_filled(line.text);
                    }
                }
            }
}

TEST_CASE("site.json may tune the routing weights, and a mistake in them is reported", "[wayfinding]")
{
    auto base = test::read_site("config/sites/prefecture-44");
    auto tuned = test::with_json(base, "site.json", [](nlohmann::json& site) { site["routing"] = {{"stairs_penalty_s", 600}}; });
    auto loaded = content::load_site(tuned);
    REQUIRE(loaded.site);
    CHECK(loaded.site->routing.stairs_penalty_s == 600);
    CHECK(loaded.site->routing.lift_wait_s == content::RoutingWeights{}.lift_wait_s);
    RoutingGraph graph(loaded.site->map, loaded.site->routing);
    auto route = plan_route(*loaded.site, graph, "hall", "permis-conduire", Profile::Standard);
    REQUIRE(route);
    for (const RouteStep& step : route->steps)
        CHECK(step.mode != content::EdgeKind::Stairs);  // stairs now cost more than the lift

    auto wrong = test::with_json(base, "site.json", [](nlohmann::json& site) {
        site["routing"] = {{"lift_wait", 30}, {"walking_speed_mps", 0}};
    });
    auto rejected = content::load_site(wrong);
    CHECK_FALSE(rejected.site);
    CHECK(test::has_problem(rejected.problems, content::Severity::Error, "site.json", "/routing/lift_wait", "unknown field; did you mean \"lift_wait_s\"?"));
    CHECK(test::has_problem(rejected.problems, content::Severity::Error, "site.json", "/routing/walking_speed_mps", "more than 0"));
}

TEST_CASE("step-free routes avoid passages too narrow for a wheelchair", "[wayfinding]")
{
    content::BuildingMap map = square_map();
    map.edges.push_back(edge("k", "d", content::EdgeKind::Door, 7));  // a short cut...
    map.edges.back().width_m = 0.6;                                    // ...through a narrow door
    RoutingGraph graph(map, RoutingWeights{});
    auto standard = plan_route_between(graph, "k", 0, "d", Profile::Standard);
    auto step_free = plan_route_between(graph, "k", 0, "d", Profile::StepFree);
    REQUIRE(standard);
    REQUIRE(step_free);
    CHECK(standard->length_m == Approx(7));
    CHECK(step_free->length_m == Approx(20));
}

TEST_CASE("the handrail side is said in the walking direction", "[wayfinding]")
{
    content::BuildingMap map;
    map.levels = {{"L0", 0, {}}, {"L1", 1, {}}};
    map.nodes = {node("bottom", 0, 0), node("top", 0, 4, "L1")};
    map.edges = {edge("bottom", "top", content::EdgeKind::Stairs, 4)};
    map.edges[0].steps = 8;
    map.edges[0].handrail = content::Handrail::Left;
    RoutingGraph graph(map, RoutingWeights{});
    auto up = plan_route_between(graph, "bottom", 0, "top", Profile::Standard);
    auto down = plan_route_between(graph, "top", 180, "bottom", Profile::Standard);
    REQUIRE(up);
    REQUIRE(down);
    CHECK(up->steps[0].handrail == content::Handrail::Left);
    CHECK(up->steps[0].level_change == 1);
    CHECK(down->steps[0].handrail == content::Handrail::Right);
    CHECK(down->steps[0].level_change == -1);
}

TEST_CASE("several flights in a row are one step that says how many flights", "[wayfinding]")
{
    auto site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    RoutingGraph graph(site.map, site.routing);
    auto route = plan_route_between(graph, "n-escalier-m1", 0, "n-escalier-2", Profile::Standard);
    REQUIRE(route);
    REQUIRE(route->steps.size() == 1);
    CHECK(route->steps[0].flights == 3);
    CHECK(route->steps[0].steps == 64);
    CHECK(route->steps[0].level_change == 3);
    auto lines = directions(site, *route, "fr");
    REQUIRE(lines.size() == 2);  // no kiosk, so no start sentence: the step and the arrival
    CHECK(lines[0].text ==
          "Montez le grand escalier jusqu'au niveau 2 (2e étage). C'est une longue volée de marches. "
          "En tout : 3 volées de marches. Mains courantes des deux côtés.");
}
