#include "core/wayfinding/router.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>

namespace phare::wayfinding {

namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

struct Search {
    std::vector<double> cost;
    std::vector<std::size_t> via;  // arc that reached each vertex
};

Search dijkstra(const RoutingGraph& graph, std::size_t from, Profile profile)
{
    Search s{std::vector<double>(graph.node_count(), std::numeric_limits<double>::infinity()),
             std::vector<std::size_t>(graph.node_count(), none)};
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    s.cost[from] = 0;
    queue.emplace(0.0, from);
    while (!queue.empty()) {
        auto [cost, at] = queue.top();
        queue.pop();
        if (cost > s.cost[at])
            continue;
        for (std::size_t index : graph.arcs_from(at)) {
            const Arc& arc = graph.arc(index);
            if (!allows(profile, arc))
                continue;
            double next = cost + arc.cost_s;
            if (next < s.cost[arc.to]) {
                s.cost[arc.to] = next;
                s.via[arc.to] = index;
                queue.emplace(next, arc.to);
            }
        }
    }
    return s;
}

}  // namespace

bool allows(Profile profile, const Arc& arc) { return profile == Profile::Standard || arc.step_free; }

std::optional<Path> cheapest_path(const RoutingGraph& graph, std::size_t from, std::size_t to, Profile profile)
{
    if (from >= graph.node_count() || to >= graph.node_count())
        return std::nullopt;
    Search s = dijkstra(graph, from, profile);
    if (s.cost[to] == std::numeric_limits<double>::infinity())
        return std::nullopt;
    Path path;
    path.cost_s = s.cost[to];
    for (std::size_t at = to; at != from; at = graph.arc(s.via[at]).from)
        path.arcs.push_back(s.via[at]);
    std::reverse(path.arcs.begin(), path.arcs.end());
    for (std::size_t index : path.arcs)
        path.length_m += graph.arc(index).length_m;
    return path;
}

std::vector<double> costs_from(const RoutingGraph& graph, std::size_t from, Profile profile)
{
    return dijkstra(graph, from, profile).cost;
}

}  // namespace phare::wayfinding
