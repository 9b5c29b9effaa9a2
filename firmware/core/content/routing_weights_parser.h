#pragma once
// Reads the optional "routing" object of site.json (docs/site-format.md) over the default
// routing weights; unknown names and values out of range are reported, never thrown.

#include "core/content/json_reader.h"
#include "core/content/routing_weights.h"

namespace phare::content {

RoutingWeights parse_routing_weights(JsonReader& reader, const Json& site_json);

}  // namespace phare::content
