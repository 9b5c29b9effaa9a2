#pragma once
// The floor plan's labels: placed beside their markers without overlapping one another, a marker
// or the route. Internal to the floor plan (floor_plan*.cpp).

#include "core/ui/layout.h"

#include <optional>
#include <string>
#include <vector>

namespace phare::ui::screens {

struct LabelRequest {
    std::string text;
    Point anchor;
    int clearance = 0;  // the marker's radius: labels start beyond it
    bool required = false;  // markers of the route; other places are labelled only where room is left
};

// Places labels greedily, most important first; a label that would overlap another, a marker or
// (for optional ones) the route is left out: fewer labels rather than overlapping ones.
class LabelPlacer {
public:
    LabelPlacer(Layout& layout, Element& plan, std::vector<Rect> markers, std::vector<Point> route_points, std::vector<Point> corridor_points);

    void place(const LabelRequest& request);
    // Keeps later labels off `box` (a sign's plaque) as off a marker.
    void avoid(const Rect& box) { m_markers.push_back(box); }
    // The boxes of the labels placed so far.
    const std::vector<Rect>& placed() const { return m_placed; }

private:
    bool try_place(const LabelRequest& request, int max_width, bool far);

    std::optional<Rect> nearest_free(Point anchor, int w, int h) const;

    bool free(const Rect& box) const;

    // What a label would hide: the route counts most, then corridors.
    int covered_route_points(const Rect& box) const;

    Layout& m_layout;
    Element& m_plan;
    std::vector<Rect> m_markers;
    std::vector<Point> m_route;
    std::vector<Point> m_corridors;
    std::vector<Rect> m_placed;
    int m_line_height = 0;
    int m_inset = 0;
    int m_pad = 0;
    bool m_over_markers = false;  // the last resort of a required label
};

}  // namespace phare::ui::screens
