#pragma once
// Routing weights live with the site model (content/routing_weights.h) because site.json may
// tune them; routing uses them under this name.

#include "core/content/routing_weights.h"

namespace phare::wayfinding {

using RoutingWeights = content::RoutingWeights;

}  // namespace phare::wayfinding
