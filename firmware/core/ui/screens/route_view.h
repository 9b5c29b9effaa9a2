#pragma once
// The route the directions and map screens show: from this kiosk to the service of the moment,
// standard or step-free. Both screens compute it from the same state, so they always agree.

#include "ui/layout.h"
#include "wayfinding/route.h"

#include <optional>

namespace phare::ui::screens {

struct RouteView {
    const content::Kiosk* kiosk = nullptr;  // null only for a site without kiosks
    const content::Service* service = nullptr;
    std::string destination;  // the service's node, or where the agents moved it today
    std::optional<wayfinding::RouteResult> route;  // empty when there is no kiosk or service
};

// The kiosk the program runs on (State::kiosk), else the site's first.
const content::Kiosk* this_kiosk(const Layout& layout);

RouteView route_view(const Layout& layout);

}  // namespace phare::ui::screens
