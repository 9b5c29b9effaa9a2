// The directions to a service from this kiosk: one numbered step per line, so that large text
// reflows them onto more pages and the keypad reads them one by one. The route is computed here,
// from the site and the state, so the screen always matches the language, the easy-read mode and
// the step-free choice of the moment.

#include "ui/screens/screens.h"

#include "wayfinding/directions.h"

namespace phare::ui::screens {

namespace {

const content::Kiosk* this_kiosk(const Layout& layout)
{
    const content::Site& site = layout.site();
    if (const content::Kiosk* kiosk = site.find_kiosk(layout.state().kiosk))
        return kiosk;
    return site.kiosks.empty() ? nullptr : &site.kiosks.front();
}

ButtonSpec step_free_toggle(Layout& layout, bool on)
{
    std::string label = layout.ui("dir.step_free");
    ButtonSpec spec;
    spec.id = "directions.step_free";
    // The state is written, not only coloured.
    spec.label = label + " (" + layout.ui(on ? "state.on" : "state.off") + ")";
    spec.spoken = layout.spoken_control(label, "role.toggle", 0, 0, on);
    spec.action = {ActionKind::ToggleStepFree, {}};
    spec.selected = on;
    spec.role = Role::Toggle;
    return spec;
}

std::vector<std::string> step_lines(Layout& layout, const content::Service& service, bool step_free)
{
    const content::Site& site = layout.site();
    const content::Kiosk* kiosk = this_kiosk(layout);
    if (!kiosk)
        return {};
    wayfinding::RoutingGraph graph(site.map, site.routing);
    auto profile = step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Standard;
    auto route = wayfinding::plan_route(site, graph, kiosk->id, service.id, profile);
    if (!route)
        return {wayfinding::no_route_text(site, route.error(), service.destination, layout.lang())};
    auto wording = layout.state().modes.easy_read ? wayfinding::Wording::EasyRead : wayfinding::Wording::Standard;
    std::vector<std::string> lines;
    for (const wayfinding::Direction& direction : wayfinding::directions(site, *route, layout.lang(), wording))
        lines.push_back(std::to_string(lines.size() + 1) + ". " + direction.text);
    return lines;
}

}  // namespace

Frame directions(Layout& layout)
{
    const Theme& theme = layout.theme();
    const State& state = layout.state();
    const content::Service* service = layout.site().find_service(state.place.service);
    std::vector<Block> body;
    if (!service)
        return layout.compose("directions", std::move(body), layout.ui("help.directions"));
    const bool easy = state.modes.easy_read;
    body.push_back(layout.heading("directions.service", layout.text(easy ? service->easy_name : service->name), theme.title_cap_mm, false));
    body.push_back(layout.button(step_free_toggle(layout, state.place.step_free)));
    body.push_back(layout.heading("directions.heading", layout.ui("dir.heading"), theme.heading_cap_mm));
    std::vector<std::string> lines = step_lines(layout, *service, state.place.step_free);
    for (std::size_t i = 0; i < lines.size(); ++i)
        body.push_back(layout.paragraph("directions.step." + std::to_string(i + 1), lines[i], theme.body_cap_mm, theme.palette.text));
    return layout.compose("directions", std::move(body), layout.ui("help.directions"));
}

}  // namespace phare::ui::screens
