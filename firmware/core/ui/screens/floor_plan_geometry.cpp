#include "core/ui/screens/floor_plan_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phare::ui::screens {

namespace {

constexpr double pi = 3.14159265358979323846;

}  // namespace

Projection::Projection(const content::BuildingMap& map, const std::string& level, double heading_deg, int width, int height, int inset)
{
    const double a = heading_deg * pi / 180.0;
    m_fx = std::sin(a);
    m_fy = std::cos(a);
    double min_u = std::numeric_limits<double>::max(), min_v = min_u;
    double max_u = std::numeric_limits<double>::lowest(), max_v = max_u;
    for (const content::Node& node : map.nodes) {
        if (node.level != level)
            continue;
        const auto [u, v] = rotate(node.x, node.y);
        min_u = std::min(min_u, u);
        max_u = std::max(max_u, u);
        min_v = std::min(min_v, v);
        max_v = std::max(max_v, v);
    }
    // A drawn plan frames the graph: its rooms and walls are drawn whole.
    auto extend = [&](const content::MapPoint& p) {
        const auto [u, v] = rotate(p.x, p.y);
        min_u = std::min(min_u, u);
        max_u = std::max(max_u, u);
        min_v = std::min(min_v, v);
        max_v = std::max(max_v, v);
    };
    if (const content::Level* drawn = map.find_level(level)) {
        for (const content::Unit& unit : drawn->plan.units)
            std::for_each(unit.outline.begin(), unit.outline.end(), extend);
        for (const auto& wall : drawn->plan.walls)
            std::for_each(wall.begin(), wall.end(), extend);
    }
    if (min_u > max_u)
        min_u = max_u = min_v = max_v = 0;
    const double span_u = max_u - min_u;
    const double span_v = max_v - min_v;
    const double room_w = std::max(1, width - 2 * inset);
    const double room_h = std::max(1, height - 2 * inset);
    m_scale = std::min(span_u > 0 ? room_w / span_u : 1e9, span_v > 0 ? room_h / span_v : 1e9);
    if (m_scale > 1e8)
        m_scale = 1.0;
    m_min_u = min_u;
    m_min_v = min_v;
    m_span_v = span_v;
    m_left = inset + (room_w - span_u * m_scale) / 2.0;
    m_top = inset + (room_h - span_v * m_scale) / 2.0;
}

Point Projection::at(double x, double y) const
{
    const auto [u, v] = rotate(x, y);
    return {static_cast<int>(std::lround(m_left + (u - m_min_u) * m_scale)), static_cast<int>(std::lround(m_top + (v - m_min_v) * m_scale))};
}

Shape circle(Point centre, int radius, Color color) { return {ShapeKind::Circle, {centre}, 2 * radius, color, {}}; }
Shape polygon(std::vector<Point> points, Color color) { return {ShapeKind::Polygon, std::move(points), 1, color, {}}; }
Shape line(std::vector<Point> points, int width, Color color, std::vector<int> dash)
{
    return {ShapeKind::Polyline, std::move(points), width, color, std::move(dash)};
}

void add_chevrons(std::vector<Shape>& shapes, const std::vector<Point>& points, int spacing, int size, Color color)
{
    double next = spacing / 2.0;
    double walked = 0;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double dx = points[i].x - points[i - 1].x;
        const double dy = points[i].y - points[i - 1].y;
        const double length = std::hypot(dx, dy);
        if (length < 1)
            continue;
        const double ux = dx / length, uy = dy / length;
        while (next <= walked + length) {
            const double t = next - walked;
            const double cx = points[i - 1].x + ux * t, cy = points[i - 1].y + uy * t;
            auto at = [&](double along, double across) {
                return Point{static_cast<int>(std::lround(cx + ux * along - uy * across)),
                             static_cast<int>(std::lround(cy + uy * along + ux * across))};
            };
            shapes.push_back(polygon({at(size, 0), at(-size, size), at(-size / 2.0, 0), at(-size, -size)}, color));
            next += spacing;
        }
        walked += length;
    }
}

Rect box_around(Point p, int radius) { return {p.x - radius, p.y - radius, 2 * radius, 2 * radius}; }

void sample(const std::vector<Point>& points, int step, std::vector<Point>& out)
{
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double dx = points[i].x - points[i - 1].x, dy = points[i].y - points[i - 1].y;
        const int n = std::max(1, static_cast<int>(std::hypot(dx, dy) / step));
        for (int k = 0; k <= n; ++k)
            out.push_back({static_cast<int>(points[i - 1].x + dx * k / n), static_cast<int>(points[i - 1].y + dy * k / n)});
    }
}

}  // namespace phare::ui::screens
