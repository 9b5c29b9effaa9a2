#pragma once
// One level of the floor plan as a vector drawing (ui::Shape) with its labels: corridors as thin
// lines, named places as dots, the route as a thick dashed line with arrows pointing the way, the
// "you are here" target, the destination and the level changes, each marker labelled in words.
// The plan is drawn "forward-up": the way a visitor faces when reading the screen is up, so left
// on the plan is left in the hall. Nothing is mirrored for right-to-left languages (a plan is a
// plan); only the labels' text runs are.
//
// It does not route (route_view.h) nor page (map_screen.cpp).

#include "core/ui/layout.h"

#include <string>
#include <vector>

namespace phare::ui::screens {

// A stretch of the route on one level: path[begin, end).
struct PlanRun {
    std::string level;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool shown = false;  // false for a landing only passed through in a lift or on the stairs
};

// The route's nodes cut into runs per level. Every run with two nodes or more is shown, and so are
// the first (the kiosk) and the last (the destination).
std::vector<PlanRun> plan_runs(const content::BuildingMap& map, const std::vector<std::string>& path);

// The levels a visitor sees a plan of, in travel order; the kiosk's level alone without a route.
std::vector<std::string> plan_levels(const content::Site& site, const content::Kiosk& kiosk, const std::vector<std::string>& path);

struct PlanSpec {
    const content::Kiosk* kiosk = nullptr;
    std::vector<std::string> path;  // the route's nodes in travel order; empty without a route
    std::string level;              // the level drawn
    std::vector<std::string> named;  // the landmarks the written directions name: always labelled
    int width = 0;
    int height = 0;
};

// The plan element (Role::Image, lines placed by hand): shapes and labels, no spoken text (the
// map screen writes the summary).
Element floor_plan(Layout& layout, const PlanSpec& spec);

// "La banque d'accueil" from "la banque d'accueil": labels on a plan start with a capital.
std::string capitalize_first(const std::string& text);

}  // namespace phare::ui::screens
