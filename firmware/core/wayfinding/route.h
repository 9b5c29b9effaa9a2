#pragma once
// A route from a kiosk to a service, cut into the steps a visitor follows: one step per thing to
// do (walk a stretch, go through a door, take the stairs, ride a lift). Straight stretches of
// corridor are merged into one step. Geometry only: the words are in directions.h.

#include "core/content/site.h"
#include "core/wayfinding/router.h"

#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace phare::wayfinding {

// How the visitor must turn before the step, relative to the way they face.
enum class Turn {
    Ahead,
    Left,
    Right,
    Around,       // behind you
    ScreenBehind,  // first step only: turn your back to the kiosk's screen
};

enum class InstructionType { Progression, Feature, LevelChange };

struct RouteStep {
    std::vector<std::size_t> edges;  // indices into BuildingMap::edges, in travel order
    std::string from;                // node ids
    std::string to;
    content::EdgeKind mode = content::EdgeKind::Corridor;
    InstructionType type = InstructionType::Progression;
    Turn turn = Turn::Ahead;
    std::string from_level;  // level ids
    std::string to_level;
    int level_change = 0;  // ordinal difference, + up, - down
    double distance_m = 0;
    std::string landmark;   // a named node that marks the step's end (or the feature itself); may be empty
    int steps = 0;          // stairs only: number of steps
    int flights = 0;        // stairs only: number of flights
    content::Handrail handrail = content::Handrail::Unknown;  // stairs: side, in the walking direction
    content::DoorType door = content::DoorType::Unknown;
    bool heavy_door = false;
};

struct Route {
    std::string kiosk;        // kiosk id
    std::string destination;  // node id
    Profile profile = Profile::Standard;
    std::vector<RouteStep> steps;
    double length_m = 0;
    double cost_s = 0;
};

enum class NoRouteReason { UnknownKiosk, UnknownService, UnknownNode, NoStepFreeRoute, Unreachable };

struct NoRoute {
    NoRouteReason reason = NoRouteReason::Unreachable;
    std::string message;  // for maintainers (English, names ids); visitors get no_route_text()
};

using RouteResult = tl::expected<Route, NoRoute>;

// The route from a kiosk to a service's destination. The graph must be built from site.map.
RouteResult plan_route(const content::Site& site, const RoutingGraph& graph, std::string_view kiosk_id,
                       std::string_view service_id, Profile profile);

// The route from `from` (facing `heading_deg`) to node `to`.
RouteResult plan_route_between(const RoutingGraph& graph, std::string_view from, double heading_deg, std::string_view to,
                               Profile profile);

// Cuts a path into steps; exposed for tests.
std::vector<RouteStep> make_steps(const RoutingGraph& graph, const Path& path, double start_heading_deg);

}  // namespace phare::wayfinding
