#include "core/ui/screens/route_view.h"

#include "core/bundle/status_now.h"

namespace phare::ui::screens {

const content::Kiosk* this_kiosk(const Layout& layout)
{
    const content::Site& site = layout.site();
    if (const content::Kiosk* kiosk = site.find_kiosk(layout.state().kiosk))
        return kiosk;
    return site.kiosks.empty() ? nullptr : &site.kiosks.front();
}

RouteView route_view(const Layout& layout)
{
    const content::Site& site = layout.site();
    const State& state = layout.state();
    RouteView view;
    view.kiosk = this_kiosk(layout);
    if (!state.place.counter.empty()) {
        view.counter = site.queue.find_counter(state.place.counter);
        if (!view.kiosk || !view.counter)
            return view;
        view.destination = view.counter->node;
    } else {
        view.service = site.find_service(state.place.service);
        if (!view.kiosk || !view.service)
            return view;
        view.destination = view.service->destination;
        const content::ServiceStatus* status = bundle::service_status_now(site.status, view.service->id, state.local_time);
        if (status && status->state == content::ServiceState::Moved && site.map.find_node(status->moved_to))
            view.destination = status->moved_to;
    }
    wayfinding::RoutingGraph graph(site.map, site.routing);
    auto profile = state.place.step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Standard;
    view.route = wayfinding::plan_route_between(graph, view.kiosk->node, view.kiosk->heading_deg, view.destination, profile);
    if (*view.route)
        (*view.route)->kiosk = view.kiosk->id;
    return view;
}

std::string destination_title(const Layout& layout, const RouteView& view)
{
    if (view.counter)
        return layout.text(view.counter->name);
    if (!view.service)
        return {};
    return layout.text(layout.state().modes.easy_read ? view.service->easy_name : view.service->name);
}

}  // namespace phare::ui::screens
