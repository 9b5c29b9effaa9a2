#pragma once
// What a route costs, in seconds a visitor spends on it (wayfinding/ minimises this cost, not the
// length): a lift is short but has a wait, stairs are short but tiring, a heavy door slows a
// wheelchair user down. The defaults suit a lobby where many visitors walk slowly; a maintainer
// tunes them per building with the optional "routing" object of site.json.

#include <span>
#include <string_view>

namespace phare::content {

struct RoutingWeights {
    // Slower than the 1.4 m/s of a hurried adult: visitors with a cane, a pushchair or a
    // wheelchair, and visitors reading signs on the way.
    double walking_speed_mps = 1.0;
    // Waiting for a lift to come, every time one is called.
    double lift_wait_s = 45;
    // Riding one level, doors included.
    double lift_per_level_s = 10;
    // Climbing or descending one step, on top of walking the flight's length.
    double stairs_per_step_s = 1.0;
    // Fixed cost of any staircase, so that a short corridor beats a detour through steps.
    double stairs_penalty_s = 10;
    // A ramp is walked more slowly than a flat corridor.
    double ramp_factor = 1.3;
    double escalator_penalty_s = 20;
    // Opening any door, and the extra for a heavy one (hard from a wheelchair).
    double door_s = 3;
    double heavy_door_s = 10;
    // Long corridors tire: every metre beyond this length in one corridor costs more.
    double long_corridor_m = 30;
    double long_corridor_factor = 1.2;
    // Step-free routes also avoid passages narrower than this (edges with `width_m`): 0.77 m is
    // the least clear width of a door a wheelchair user must get through in French ERP rules
    // (arrêté du 20 avril 2017).
    double step_free_min_width_m = 0.77;
};

struct RoutingWeightField {
    std::string_view name;  // as written in site.json
    double RoutingWeights::*member;
    double minimum;             // inclusive, except for the walking speed
    bool minimum_excluded = false;
};

std::span<const RoutingWeightField> routing_weight_fields();

}  // namespace phare::content
