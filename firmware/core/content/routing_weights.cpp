#include "core/content/routing_weights_parser.h"

#include <array>

namespace phare::content {

namespace {

constexpr std::array<RoutingWeightField, 12> fields{{
    {"walking_speed_mps", &RoutingWeights::walking_speed_mps, 0, true},
    {"lift_wait_s", &RoutingWeights::lift_wait_s, 0},
    {"lift_per_level_s", &RoutingWeights::lift_per_level_s, 0},
    {"stairs_per_step_s", &RoutingWeights::stairs_per_step_s, 0},
    {"stairs_penalty_s", &RoutingWeights::stairs_penalty_s, 0},
    {"ramp_factor", &RoutingWeights::ramp_factor, 1},
    {"escalator_penalty_s", &RoutingWeights::escalator_penalty_s, 0},
    {"door_s", &RoutingWeights::door_s, 0},
    {"heavy_door_s", &RoutingWeights::heavy_door_s, 0},
    {"long_corridor_m", &RoutingWeights::long_corridor_m, 0},
    {"long_corridor_factor", &RoutingWeights::long_corridor_factor, 1},
    {"step_free_min_width_m", &RoutingWeights::step_free_min_width_m, 0},
}};

}  // namespace

std::span<const RoutingWeightField> routing_weight_fields() { return fields; }

RoutingWeights parse_routing_weights(JsonReader& reader, const Json& site_json)
{
    RoutingWeights weights;
    const Json* routing = reader.object(site_json, "routing", "", Presence::Optional);
    if (!routing)
        return weights;
    // An unknown name is reported by the reader, with the nearest weight's name.
    for (const RoutingWeightField& field : fields) {
        auto number = reader.number(*routing, field.name, "/routing", Presence::Optional);
        if (!number)
            continue;
        bool too_small = field.minimum_excluded ? *number <= field.minimum : *number < field.minimum;
        if (too_small || *number > 1e6) {
            reader.error(pointer("/routing", field.name), std::string("must be ") + (field.minimum_excluded ? "more than " : "at least ") +
                                                             std::to_string(static_cast<int>(field.minimum)));
            continue;
        }
        weights.*(field.member) = *number;
    }
    return weights;
}

}  // namespace phare::content
