// How long routing takes on the kiosk's hardware class. Hidden (run with "[.timing]") because
// wall-clock numbers are not pass/fail; the one check is a generous bound against regressions
// that would make the directions screen, which routes on every render, feel slow.

#include "support/site_files.h"
#include "core/wayfinding/directions.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace phare;
using namespace phare::wayfinding;

namespace {

// A 40 x 25 grid of corridors on 4 levels joined by 4 lifts and 4 staircases: a large prefecture.
content::BuildingMap big_map()
{
    content::BuildingMap map;
    constexpr int width = 40, depth = 25, levels = 4;
    auto id = [](int l, int x, int y) { return "n" + std::to_string(l) + "-" + std::to_string(x) + "-" + std::to_string(y); };
    for (int l = 0; l < levels; ++l) {
        map.levels.push_back({"L" + std::to_string(l), l, {}});
        for (int x = 0; x < width; ++x)
            for (int y = 0; y < depth; ++y) {
                map.nodes.push_back({id(l, x, y), "L" + std::to_string(l), x * 3.0, y * 3.0, content::NodeKind::Junction, {}});
                if (x > 0)
                    map.edges.push_back({id(l, x - 1, y), id(l, x, y), content::EdgeKind::Corridor, 3.0});
                if (y > 0)
                    map.edges.push_back({id(l, x, y - 1), id(l, x, y), content::EdgeKind::Corridor, 3.0});
            }
        if (l > 0)
            for (int k = 0; k < 4; ++k) {
                int x = k * 12 + 1;
                content::Edge lift{id(l - 1, x, 0), id(l, x, 0), content::EdgeKind::Lift, 0};
                content::Edge stairs{id(l - 1, x, depth - 1), id(l, x, depth - 1), content::EdgeKind::Stairs, 8, 20};
                map.edges.push_back(lift);
                map.edges.push_back(stairs);
            }
    }
    return map;
}

template<typename Work>
double milliseconds(int repeat, Work work)
{
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeat; ++i)
        work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / repeat;
}

}  // namespace

TEST_CASE("routing timings", "[.timing]")
{
    auto site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    double example = milliseconds(200, [&] {
        RoutingGraph graph(site.map, site.routing);
        auto route = plan_route(site, graph, "etage-1", "titres-sejour", Profile::StepFree);
        REQUIRE(route);
        auto lines = directions(site, *route, "fr");
        REQUIRE(lines.size() == 13);
    });
    content::BuildingMap map = big_map();
    double big_graph = milliseconds(5, [&] { RoutingGraph graph(map, RoutingWeights{}); });
    RoutingGraph graph(map, RoutingWeights{});
    double big_route = milliseconds(20, [&] { REQUIRE(plan_route_between(graph, "n0-0-0", 0, "n3-39-24", Profile::StepFree)); });
    WARN("prefecture-44, graph + step-free route + French directions: " << example << " ms");
    WARN(map.nodes.size() << " nodes, " << map.edges.size() << " edges: graph " << big_graph << " ms, route " << big_route << " ms");
    CHECK(example < 50);
}
