#include "core/wayfinding/graph.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <queue>

namespace phare::wayfinding {

namespace {

using content::EdgeKind;

int ordinal_of(const content::BuildingMap& map, std::size_t node)
{
    const content::Level* level = map.find_level(map.nodes[node].level);
    return level ? level->ordinal : 0;
}

}  // namespace

RoutingGraph::RoutingGraph(const content::BuildingMap& map, const RoutingWeights& weights)
    : m_map(map), m_weights(weights), m_out(map.nodes.size())
{
    for (std::size_t i = 0; i < map.nodes.size(); ++i)
        m_index.emplace(map.nodes[i].id, i);  // a duplicate id (reported by validation) keeps its first node
    for (std::size_t i = 0; i < map.edges.size(); ++i)
        if (map.edges[i].kind != EdgeKind::Lift)
            add_edge(i);
    add_lift_shafts();
}

std::optional<std::size_t> RoutingGraph::index_of(std::string_view node_id) const
{
    auto it = m_index.find(node_id);
    return it == m_index.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

void RoutingGraph::add_arc(Arc arc)
{
    m_out[arc.from].push_back(m_arcs.size());
    m_arcs.push_back(std::move(arc));
}

double RoutingGraph::cost(const content::Edge& edge) const
{
    const RoutingWeights& w = m_weights;
    double walk = edge.length_m / w.walking_speed_mps;
    switch (edge.kind) {
    case EdgeKind::Corridor: {
        double extra_m = std::max(0.0, edge.length_m - w.long_corridor_m);
        return walk + extra_m * (w.long_corridor_factor - 1) / w.walking_speed_mps;
    }
    case EdgeKind::Door: return walk + w.door_s + (edge.heavy ? w.heavy_door_s : 0);
    case EdgeKind::Stairs: return walk + w.stairs_penalty_s + w.stairs_per_step_s * edge.steps;
    case EdgeKind::Ramp: return walk * w.ramp_factor;
    case EdgeKind::Escalator: return walk + w.escalator_penalty_s;
    case EdgeKind::Lift: return walk + w.lift_wait_s;
    }
    return walk;
}

void RoutingGraph::add_edge(std::size_t edge_index)
{
    const content::Edge& edge = m_map.edges[edge_index];
    auto from = index_of(edge.from);
    auto to = index_of(edge.to);
    if (!from || !to || *from == *to)
        return;  // validation reports broken edges; routing simply ignores them
    bool wide_enough = !edge.width_m || *edge.width_m >= m_weights.step_free_min_width_m;
    Arc arc{*from, *to, edge.kind, cost(edge), edge.length_m, {edge_index}, false, content::is_step_free(edge.kind) && wide_enough};
    add_arc(arc);
    if (!edge.one_way) {
        std::swap(arc.from, arc.to);
        arc.reversed = true;
        add_arc(std::move(arc));
    }
}

// For every landing of every shaft, the shortest ride along lift edges (respecting one_way) to
// each landing it reaches becomes one arc with a single wait. Shafts are small, so a plain
// Dijkstra per landing is cheap.
void RoutingGraph::add_lift_shafts()
{
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> rides(m_map.nodes.size());  // node -> (next, edge)
    for (std::size_t i = 0; i < m_map.edges.size(); ++i) {
        const content::Edge& edge = m_map.edges[i];
        auto from = index_of(edge.from);
        auto to = index_of(edge.to);
        if (edge.kind != EdgeKind::Lift || !from || !to || *from == *to)
            continue;
        rides[*from].emplace_back(*to, i);
        if (!edge.one_way)
            rides[*to].emplace_back(*from, i);
    }
    for (std::size_t start = 0; start < rides.size(); ++start)
        if (!rides[start].empty())
            add_rides_from(start, rides);
}

void RoutingGraph::add_rides_from(std::size_t start, const std::vector<std::vector<std::pair<std::size_t, std::size_t>>>& rides)
{
    std::map<std::size_t, double> metres{{start, 0.0}};
    std::map<std::size_t, std::vector<std::size_t>> ridden{{start, {}}};  // landing -> edges, in order
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> todo;
    todo.emplace(0.0, start);
    while (!todo.empty()) {
        auto [length, at] = todo.top();
        todo.pop();
        if (length > metres[at])
            continue;
        for (auto [next, edge] : rides[at]) {
            double to_next = length + m_map.edges[edge].length_m;
            if (metres.contains(next) && metres[next] <= to_next)
                continue;
            metres[next] = to_next;
            ridden[next] = ridden[at];
            ridden[next].push_back(edge);
            todo.emplace(to_next, next);
        }
    }
    for (const auto& [landing, edges] : ridden) {
        if (landing == start)
            continue;
        int levels = std::abs(ordinal_of(m_map, landing) - ordinal_of(m_map, start));
        double cost_s = m_weights.lift_wait_s + m_weights.lift_per_level_s * levels + metres[landing] / m_weights.walking_speed_mps;
        add_arc(Arc{start, landing, EdgeKind::Lift, cost_s, metres[landing], edges, false, true});
    }
}

}  // namespace phare::wayfinding
