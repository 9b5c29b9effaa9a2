#pragma once
// Cheapest paths on the routing graph (Dijkstra). Deterministic: ties are broken by vertex
// index, so the same map always gives the same route and golden texts stay stable.

#include "core/wayfinding/graph.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace phare::wayfinding {

// Standard may use anything; StepFree never uses stairs or escalators (lifts and ramps only), nor
// passages narrower than RoutingWeights::step_free_min_width_m.
enum class Profile { Standard, StepFree };

bool allows(Profile profile, const Arc& arc);

struct Path {
    std::vector<std::size_t> arcs;  // indices into the graph's arcs, in travel order
    double cost_s = 0;
    double length_m = 0;
};

// The cheapest path from `from` to `to` for `profile`; nullopt when there is none.
std::optional<Path> cheapest_path(const RoutingGraph& graph, std::size_t from, std::size_t to, Profile profile);

// Cost of the cheapest path from `from` to every vertex (infinity where unreachable).
std::vector<double> costs_from(const RoutingGraph& graph, std::size_t from, Profile profile);

}  // namespace phare::wayfinding
