#pragma once
// The floor plan's geometry: from map metres to plan pixels, and the shapes it is drawn with.
// Internal to the floor plan (floor_plan*.cpp).

#include "core/content/site.h"
#include "core/ui/frame.h"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace phare::ui::screens {

// Map metres to plan pixels: rotated so the kiosk's heading is up, then scaled to fit the level's
// bounding box into the plan, aspect ratio kept, centred.
class Projection {
public:
    Projection(const content::BuildingMap& map, const std::string& level, double heading_deg, int width, int height, int inset);

    // The height the drawing needs at this scale, insets included.
    int used_height(int inset) const { return static_cast<int>(std::ceil(m_span_v * m_scale)) + 2 * inset; }

    Point at(double x, double y) const;
    // Pixels per metre.
    double scale() const { return m_scale; }

private:
    // u: to the visitor's right; v: towards them (screen y grows downwards, forward is up).
    std::pair<double, double> rotate(double x, double y) const { return {x * m_fy - y * m_fx, -(x * m_fx + y * m_fy)}; }

    double m_fx = 0, m_fy = 1, m_scale = 1, m_min_u = 0, m_min_v = 0, m_span_v = 0, m_left = 0, m_top = 0;
};

Shape circle(Point centre, int radius, Color color);
Shape polygon(std::vector<Point> points, Color color);
Shape line(std::vector<Point> points, int width, Color color, std::vector<int> dash = {});

// Arrows along a polyline, every `spacing` px, pointing the way (R-41: the route is a pattern).
void add_chevrons(std::vector<Shape>& shapes, const std::vector<Point>& points, int spacing, int size, Color color);

Rect box_around(Point p, int radius);

// Points every few pixels along a polyline: what labels should not hide.
void sample(const std::vector<Point>& points, int step, std::vector<Point>& out);

}  // namespace phare::ui::screens
