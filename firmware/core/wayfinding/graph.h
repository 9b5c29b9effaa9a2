#pragma once
// The routing graph built from a site's map: one vertex per map node, one arc per way a visitor
// can move between two nodes, priced with RoutingWeights. It does not search (router.h) nor
// phrase anything (directions.h).
//
// A lift shaft is a chain of lift edges (level 0 -> 1 -> 2). Riding from 0 to 2 waits for the lift
// once, so the graph replaces the chain by one arc per pair of landings that the shaft joins,
// priced as one wait plus the ride.
//
// The graph refers to the map it was built from, which must outlive it.

#include "core/content/site.h"
#include "core/wayfinding/weights.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace phare::wayfinding {

struct Arc {
    std::size_t from = 0;
    std::size_t to = 0;
    content::EdgeKind kind = content::EdgeKind::Corridor;
    double cost_s = 0;
    double length_m = 0;
    std::vector<std::size_t> edges;  // indices into BuildingMap::edges, in travel order
    bool reversed = false;           // a single edge walked from its `to` to its `from`
    bool step_free = true;
};

class RoutingGraph {
public:
    RoutingGraph(const content::BuildingMap& map, const RoutingWeights& weights);

    std::optional<std::size_t> index_of(std::string_view node_id) const;
    std::size_t node_count() const { return m_out.size(); }
    const std::vector<std::size_t>& arcs_from(std::size_t node) const { return m_out[node]; }
    const Arc& arc(std::size_t index) const { return m_arcs[index]; }
    std::size_t arc_count() const { return m_arcs.size(); }
    const content::BuildingMap& map() const { return m_map; }
    const RoutingWeights& weights() const { return m_weights; }

private:
    void add_arc(Arc arc);
    void add_edge(std::size_t edge_index);
    void add_lift_shafts();
    void add_rides_from(std::size_t start, const std::vector<std::vector<std::pair<std::size_t, std::size_t>>>& rides);
    double cost(const content::Edge& edge) const;

    const content::BuildingMap& m_map;
    RoutingWeights m_weights;
    std::vector<Arc> m_arcs;
    std::vector<std::vector<std::size_t>> m_out;  // node -> arcs leaving it
    std::map<std::string, std::size_t, std::less<>> m_index;  // node id -> vertex
};

}  // namespace phare::wayfinding
