// Routing against brute force: on random maps, Dijkstra must agree with Floyd-Warshall, the
// step-free profile must never take stairs or escalators, and no route must be reported as such.

#include "random_map.h"
#include "core/wayfinding/route.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace phare;
using namespace phare::wayfinding;

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
using Matrix = std::vector<std::vector<double>>;

// Every cost is the length: then the cheapest route is the shortest one, checkable on raw edges.
RoutingWeights length_only()
{
    RoutingWeights w;
    w.walking_speed_mps = 1;
    w.lift_wait_s = w.lift_per_level_s = w.stairs_per_step_s = w.stairs_penalty_s = 0;
    w.escalator_penalty_s = w.door_s = w.heavy_door_s = 0;
    w.ramp_factor = w.long_corridor_factor = 1;
    return w;
}

Matrix floyd_warshall(std::size_t n, const std::vector<std::tuple<std::size_t, std::size_t, double>>& arcs)
{
    Matrix d(n, std::vector<double>(n, infinity));
    for (std::size_t i = 0; i < n; ++i)
        d[i][i] = 0;
    for (auto [a, b, w] : arcs)
        d[a][b] = std::min(d[a][b], w);
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
    return d;
}

// Shortest lengths over the map's own edges, without the routing graph.
Matrix raw_lengths(const content::BuildingMap& map, Profile profile)
{
    auto index = [&](const std::string& id) {
        for (std::size_t i = 0; i < map.nodes.size(); ++i)
            if (map.nodes[i].id == id)
                return i;
        return std::size_t{0};
    };
    std::vector<std::tuple<std::size_t, std::size_t, double>> arcs;
    for (const content::Edge& e : map.edges) {
        if (profile == Profile::StepFree && !content::is_step_free(e.kind))
            continue;
        arcs.emplace_back(index(e.from), index(e.to), e.length_m);
        if (!e.one_way)
            arcs.emplace_back(index(e.to), index(e.from), e.length_m);
    }
    return floyd_warshall(map.nodes.size(), arcs);
}

Matrix graph_costs(const RoutingGraph& graph, Profile profile)
{
    std::vector<std::tuple<std::size_t, std::size_t, double>> arcs;
    for (std::size_t i = 0; i < graph.arc_count(); ++i)
        if (allows(profile, graph.arc(i)))
            arcs.emplace_back(graph.arc(i).from, graph.arc(i).to, graph.arc(i).cost_s);
    return floyd_warshall(graph.node_count(), arcs);
}

// The route's edges, walked in order from `from`, must be real, allowed and end at `to`.
void check_walkable(const content::BuildingMap& map, const Route& route, const std::string& from, const std::string& to)
{
    std::string at = from;
    double length = 0;
    for (const RouteStep& step : route.steps)
        for (std::size_t index : step.edges) {
            const content::Edge& e = map.edges[index];
            if (route.profile == Profile::StepFree)
                REQUIRE(content::is_step_free(e.kind));
            bool forward = e.from == at;
            REQUIRE((forward || (e.to == at && !e.one_way)));
            at = forward ? e.to : e.from;
            length += e.length_m;
        }
    CHECK(at == to);
    CHECK(route.length_m == Approx(length));
}

}  // namespace

TEST_CASE("the shortest route matches Floyd-Warshall on random maps, and step-free never takes stairs", "[wayfinding]")
{
    unsigned seed = static_cast<unsigned>(GENERATE(range(1, 301)));
    INFO("seed " << seed);
    content::BuildingMap map = test::random_map(seed);
    RoutingGraph graph(map, length_only());
    for (Profile profile : {Profile::Standard, Profile::StepFree}) {
        Matrix shortest = raw_lengths(map, profile);
        Matrix standard = raw_lengths(map, Profile::Standard);
        for (std::size_t a = 0; a < map.nodes.size(); ++a)
            for (std::size_t b = 0; b < map.nodes.size(); ++b) {
                INFO("from " << map.nodes[a].id << " to " << map.nodes[b].id << (profile == Profile::StepFree ? " step-free" : ""));
                auto route = plan_route_between(graph, map.nodes[a].id, 0, map.nodes[b].id, profile);
                if (shortest[a][b] == infinity) {
                    REQUIRE_FALSE(route);
                    bool step_free_only = profile == Profile::StepFree && standard[a][b] != infinity;
                    CHECK(route.error().reason == (step_free_only ? NoRouteReason::NoStepFreeRoute : NoRouteReason::Unreachable));
                    continue;
                }
                REQUIRE(route);
                CHECK(route->length_m == Approx(shortest[a][b]).margin(1e-9));
                check_walkable(map, *route, map.nodes[a].id, map.nodes[b].id);
            }
    }
}

TEST_CASE("Dijkstra's costs match Floyd-Warshall on the weighted routing graph", "[wayfinding]")
{
    unsigned seed = static_cast<unsigned>(GENERATE(range(1, 301)));
    INFO("seed " << seed);
    content::BuildingMap map = test::random_map(seed);
    RoutingGraph graph(map, RoutingWeights{});
    for (Profile profile : {Profile::Standard, Profile::StepFree}) {
        Matrix expected = graph_costs(graph, profile);
        for (std::size_t a = 0; a < graph.node_count(); ++a) {
            std::vector<double> found = costs_from(graph, a, profile);
            for (std::size_t b = 0; b < graph.node_count(); ++b) {
                INFO("from " << a << " to " << b);
                if (expected[a][b] == infinity)
                    CHECK(found[b] == infinity);
                else
                    CHECK(found[b] == Approx(expected[a][b]));
            }
        }
    }
}
