#pragma once
// A level's drawn plan, in the spirit of IMDF's units and openings: what the building looks like
// around its routing graph, in the same metres. Optional: a level without it is drawn from its
// graph alone. Plain data plus the few geometric tests validation and drawing share.

#include "core/content/localized_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

struct MapPoint {
    double x = 0;
    double y = 0;
};

// What a unit is decides its tone on the plan and whether it is lettered (counters) or marked
// with a pictogram (toilets, lifts, stairs).
enum class UnitKind { Room, Office, Hall, Corridor, Counter, WaitingArea, Toilet, Lift, Stairs, Ramp, Private };

struct Unit {
    std::string id;
    UnitKind kind = UnitKind::Room;
    LocalizedText name;     // optional: what the plan writes inside it
    std::string label;      // optional: the sign's short text, "A" for counter A
    std::vector<MapPoint> outline;  // a simple polygon, at least three corners
};

// A door in a unit's outline: one point, or the two ends of a short segment of it.
struct Opening {
    std::string unit;
    std::vector<MapPoint> at;
};

struct LevelPlan {
    std::vector<Unit> units;
    std::vector<std::vector<MapPoint>> walls;  // polylines, two points or more
    std::vector<Opening> openings;

    bool empty() const { return units.empty() && walls.empty(); }
};

// True when two edges of the closed outline cross or touch, other than neighbours at their corner.
bool self_intersecting(const std::vector<MapPoint>& outline);
// Inside the closed outline, or within `tolerance` metres of its edge.
bool contains(const std::vector<MapPoint>& outline, MapPoint p, double tolerance);
// The distance from `p` to the nearest edge of the closed outline.
double distance_to_outline(const std::vector<MapPoint>& outline, MapPoint p);

std::string_view to_string(UnitKind kind);

}  // namespace phare::content
