#pragma once
// The drawn plan of a level under the route: rooms filled by kind with their walls, doors as gaps,
// stairs with their treads, lifts crossed as architects draw them, and units lettered as on the
// building's signs ("A" on counter A). Internal to the floor plan (floor_plan*.cpp).

#include "core/ui/layout.h"
#include "core/ui/screens/floor_plan_geometry.h"
#include "core/ui/screens/floor_plan_labels.h"

#include <vector>

namespace phare::ui::screens {

// A unit's sign text and the box (plan pixels) of the unit it is written in.
struct SignRequest {
    std::string text;
    Rect room;
};

// Draws `level`'s units, walls and openings into `plan`. Their sign texts go into `signs`, to be
// placed once the route is drawn; names of units that hold no named node of the graph (that node
// is labelled already) are added to `labels` as optional labels.
void draw_units(Layout& layout, Element& plan, const content::Level& level, const content::BuildingMap& map, const Projection& projection,
                std::vector<SignRequest>& signs, std::vector<LabelRequest>& labels);

// Writes each sign text on a plaque centred in its unit, where it hides neither what `taken`
// holds (markers, labels) nor the route (the centre first, then towards each side); a sign with
// no such place is left out. The plaques join `taken`.
void place_signs(Layout& layout, Element& plan, const std::vector<SignRequest>& signs, std::vector<Rect>& taken, const std::vector<Point>& route);

}  // namespace phare::ui::screens
