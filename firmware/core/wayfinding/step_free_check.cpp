#include "core/wayfinding/step_free_check.h"

#include "core/content/json_reader.h"
#include "core/wayfinding/router.h"

#include <limits>

namespace phare::wayfinding {

void warn_without_step_free_route(const content::Site& site, content::Problems& problems)
{
    const RoutingGraph graph(site.map, site.routing);
    for (const content::Kiosk& kiosk : site.kiosks) {
        auto from = graph.index_of(kiosk.node);
        if (!from)
            continue;
        const std::vector<double> standard = costs_from(graph, *from, Profile::Standard);
        const std::vector<double> step_free = costs_from(graph, *from, Profile::StepFree);
        for (std::size_t i = 0; i < site.services.size(); ++i) {
            const content::Service& service = site.services[i];
            auto to = graph.index_of(service.destination);
            if (!to || standard[*to] == std::numeric_limits<double>::infinity())
                continue;
            if (step_free[*to] == std::numeric_limits<double>::infinity())
                problems.push_back({content::Severity::Warning, "services.json", content::pointer(content::pointer("/services", i), "destination"),
                                    "no step-free route from kiosk \"" + kiosk.id + "\" to \"" + service.destination + "\" (service \"" +
                                        service.id + "\"): a wheelchair user is told there is none"});
        }
    }
}

}  // namespace phare::wayfinding
