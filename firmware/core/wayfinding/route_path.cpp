#include "core/wayfinding/route_path.h"

namespace phare::wayfinding {

std::vector<std::string> route_node_path(const content::BuildingMap& map, const Route& route)
{
    std::vector<std::string> nodes;
    if (route.steps.empty())
        return nodes;
    nodes.push_back(route.steps.front().from);
    for (const RouteStep& step : route.steps) {
        for (std::size_t index : step.edges) {
            if (index >= map.edges.size())
                continue;
            const content::Edge& edge = map.edges[index];
            const std::string& here = nodes.back();
            if (edge.from == here)
                nodes.push_back(edge.to);
            else if (edge.to == here)
                nodes.push_back(edge.from);
        }
        // Whatever the edges said, a step ends where the route says it does.
        if (nodes.back() != step.to)
            nodes.push_back(step.to);
    }
    return nodes;
}

}  // namespace phare::wayfinding
