#pragma once
// The route the directions and map screens show: from this kiosk to the service of the moment,
// standard or step-free. Both screens compute it from the same state, so they always agree.

#include "core/ui/layout.h"
#include "core/wayfinding/route.h"

#include <optional>

namespace phare::ui::screens {

struct RouteView {
    const content::Kiosk* kiosk = nullptr;  // null only for a site without kiosks
    const content::Service* service = nullptr;
    const content::Counter* counter = nullptr;  // directions to a queue counter (Place::counter)
    std::string destination;  // the service's node, or where the agents moved it today
    std::optional<wayfinding::RouteResult> route;  // empty when there is no kiosk, service or counter

    bool has_destination() const { return service || counter; }
};

// The kiosk the program runs on (State::kiosk), else the site's first.
const content::Kiosk* this_kiosk(const Layout& layout);

RouteView route_view(const Layout& layout);

// The destination's name as a heading: the service (its easy name in easy-read) or the counter.
std::string destination_title(const Layout& layout, const RouteView& view);

}  // namespace phare::ui::screens
