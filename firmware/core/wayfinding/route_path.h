#pragma once
// The nodes a route passes, in travel order, for drawing it (the floor plan) rather than saying it.

#include "core/content/site.h"
#include "core/wayfinding/route.h"

#include <string>
#include <vector>

namespace phare::wayfinding {

// Node ids from the route's start to its destination; an edge walked backwards is followed from
// its `to` end. A lift ride over several landings lists each landing it passes.
std::vector<std::string> route_node_path(const content::BuildingMap& map, const Route& route);

}  // namespace phare::wayfinding
