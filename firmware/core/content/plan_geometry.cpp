#include "core/content/plan_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phare::content {

namespace {

double cross(MapPoint o, MapPoint a, MapPoint b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool on_segment(MapPoint a, MapPoint b, MapPoint p)
{
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}

int sign(double v) { return v > 1e-12 ? 1 : v < -1e-12 ? -1 : 0; }

bool segments_meet(MapPoint a, MapPoint b, MapPoint c, MapPoint d)
{
    const int d1 = sign(cross(c, d, a)), d2 = sign(cross(c, d, b)), d3 = sign(cross(a, b, c)), d4 = sign(cross(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && on_segment(c, d, a)) || (d2 == 0 && on_segment(c, d, b)) || (d3 == 0 && on_segment(a, b, c)) ||
           (d4 == 0 && on_segment(a, b, d));
}

double segment_distance(MapPoint a, MapPoint b, MapPoint p)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

}  // namespace

bool self_intersecting(const std::vector<MapPoint>& outline)
{
    // Quadratic, and outlines are a handful of corners: a plan of a few hundred units checks in
    // well under a millisecond.
    const std::size_t n = outline.size();
    if (n < 4)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (j == i + 1 || (i == 0 && j == n - 1))
                continue;  // neighbours share a corner
            if (segments_meet(outline[i], outline[(i + 1) % n], outline[j], outline[(j + 1) % n]))
                return true;
        }
    return false;
}

double distance_to_outline(const std::vector<MapPoint>& outline, MapPoint p)
{
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < outline.size(); ++i)
        best = std::min(best, segment_distance(outline[i], outline[(i + 1) % outline.size()], p));
    return best;
}

bool contains(const std::vector<MapPoint>& outline, MapPoint p, double tolerance)
{
    if (outline.size() < 3)
        return false;
    bool inside = false;
    for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
        const MapPoint a = outline[i], b = outline[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside || distance_to_outline(outline, p) <= tolerance;
}

std::string_view to_string(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Room: return "room";
    case UnitKind::Office: return "office";
    case UnitKind::Hall: return "hall";
    case UnitKind::Corridor: return "corridor";
    case UnitKind::Counter: return "counter";
    case UnitKind::WaitingArea: return "waiting_area";
    case UnitKind::Toilet: return "toilet";
    case UnitKind::Lift: return "lift";
    case UnitKind::Stairs: return "stairs";
    case UnitKind::Ramp: return "ramp";
    case UnitKind::Private: return "private";
    }
    return "room";
}

}  // namespace phare::content
