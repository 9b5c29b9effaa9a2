#pragma once
// What a visitor wants to know about a route before reading its steps: how many there are, how
// far and how long it is, and whether it has steps to climb (with the handrail's side) or none.
// Shown above the directions, so that nobody learns at step 5 that the way has stairs.

#include "core/content/site.h"
#include "core/wayfinding/directions.h"
#include "core/wayfinding/route.h"

#include <string>
#include <string_view>

namespace phare::wayfinding {

struct RouteFacts {
    int stairs_steps = 0;  // steps of every flight on the way, counted or not
    bool long_flight = false;  // a flight too long to count (its steps are not in stairs_steps)
    bool escalator = false;
    content::Handrail handrail = content::Handrail::Unknown;  // the first flight's
    int minutes = 0;  // the walk, lift waits included, rounded up; at least 1
};

RouteFacts route_facts(const Route& route);

struct RouteSummary {
    std::string shown;   // "6 étapes · 35 mètres · environ 2 minutes"
    std::string spoken;  // the same parts joined as a sentence is read
    std::string climb;   // "3 marches sur le trajet. Main courante à droite." or "Sans marches sur le trajet."
};

// `lines`: the numbered lines the visitor sees (start and arrival included), so the count matches
// the list below it. Easy-read leaves the distance out (fewer numbers).
RouteSummary route_summary(const content::Site& site, const Route& route, std::size_t lines, std::string_view lang,
                           Wording wording);

}  // namespace phare::wayfinding
