#pragma once
// A warning for each service whose destination a kiosk reaches only by stairs or escalators (or
// through passages too narrow for a wheelchair): the kiosk would tell a wheelchair user there is
// no route, so maintainers should know before visitors do. Pure: it routes on the site's map.

#include "core/content/problem.h"
#include "core/content/site.h"

namespace phare::wayfinding {

// Uses the step-free profile of the router (router.h). Destinations no route reaches at all are
// not warned about here: validation already reports them as errors.
void warn_without_step_free_route(const content::Site& site, content::Problems& problems);

}  // namespace phare::wayfinding
