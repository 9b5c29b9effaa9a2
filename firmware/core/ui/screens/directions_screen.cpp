// The directions to a service from this kiosk: one numbered step per line, so that large text
// reflows them onto more pages and the keypad reads them one by one. The route is computed here,
// from the site and the state, so the screen always matches the language, the easy-read mode and
// the step-free choice of the moment. Then the ways to take it along: the floor plan (an
// illustration of the same route) and, when the kiosk has a hub, a QR code of the route's page.

#include "core/ui/screens/screens.h"

#include "core/ui/route_page_url.h"
#include "core/ui/screens/route_view.h"
#include "core/wayfinding/directions.h"

namespace phare::ui::screens {

namespace {

ButtonSpec step_free_toggle(Layout& layout, bool on)
{
    std::string label = layout.ui("dir.step_free");
    ButtonSpec spec;
    spec.id = "directions.step_free";
    // A switch, its state written beside it: "(désactivé)" in the label read as
    // "not available" to visitors.
    spec.label = label;
    spec.spoken = layout.spoken_control(label, "role.toggle", 0, 0, on);
    spec.action = ToggleStepFree{};
    spec.selected = on;
    spec.role = Role::Toggle;
    return spec;
}

struct StepLine {
    std::string shown;
    std::string spoken;  // levels by their spoken label
};

std::vector<StepLine> step_lines(Layout& layout, const RouteView& view)
{
    if (!view.route)
        return {};
    const content::Site& site = layout.site();
    if (!*view.route) {
        std::string text = wayfinding::no_route_text(site, view.route->error(), view.destination, layout.lang());
        return {{text, text}};
    }
    auto wording = layout.state().modes.easy_read ? wayfinding::Wording::EasyRead : wayfinding::Wording::Standard;
    std::vector<StepLine> lines;
    for (const wayfinding::Direction& direction : wayfinding::directions(site, **view.route, layout.lang(), wording)) {
        const std::string number = std::to_string(lines.size() + 1) + ". ";
        lines.push_back({number + direction.text, number + direction.spoken});
    }
    return lines;
}

// The QR code is at the end of the steps, where a visitor who has read them decides to take them
// along; it is dark on light in every palette (the painter sees to it) because phones need that.
void add_qr_code(Layout& layout, const RouteView& view, std::vector<Block>& body)
{
    const State& state = layout.state();
    const std::string url = route_page_url(state.route_page_base, {layout.site().id, view.kiosk ? view.kiosk->id : std::string(),
                                                                   view.service ? view.service->id : std::string(), state.lang, state.place.step_free,
                                                                   state.modes.easy_read});
    // The hub's route page is per service; a counter's route has no page (yet).
    if (url.empty() || !view.kiosk || !view.service)
        return;
    Block sentence = layout.paragraph("directions.qr_text", layout.ui("qr.scan"), layout.theme().body_cap_mm, layout.theme().palette.text);
    sentence.keep_with_next = true;
    body.push_back(std::move(sentence));
    Element code;
    code.id = "directions.qr";
    code.role = Role::Image;
    code.qr_text = url;
    code.spoken = layout.ui("qr.image");
    code.lang = state.lang;
    code.direction = layout.direction();
    const int size = layout.px(45.0);  // >= 0.5 mm a module up to version 10 (57 modules + quiet zone)
    code.rect = Rect{0, 0, size, size};
    code.bg = Color{255, 255, 255};
    Block block;
    block.height = size;
    block.elements.push_back(std::move(code));
    body.push_back(std::move(block));
}

}  // namespace

Frame directions(Layout& layout)
{
    const Theme& theme = layout.theme();
    const State& state = layout.state();
    const RouteView view = route_view(layout);
    std::vector<Block> body;
    if (!view.has_destination())
        return layout.compose("directions", std::move(body), layout.ui("help.directions"));
    body.push_back(layout.heading("directions.service", destination_title(layout, view), theme.title_cap_mm, false));
    body.push_back(layout.switch_row(step_free_toggle(layout, state.place.step_free), state.place.step_free));
    const std::string map_label = layout.ui("map.button");
    body.push_back(layout.button({"directions.map", map_label, layout.spoken_control(map_label, "role.button"),
                                  OpenMap{view.service ? view.service->id : std::string()}}));
    body.push_back(layout.heading("directions.heading", layout.ui("dir.heading"), theme.heading_cap_mm));
    std::vector<StepLine> lines = step_lines(layout, view);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Block step = layout.paragraph("directions.step." + std::to_string(i + 1), lines[i].shown, theme.body_cap_mm, theme.palette.text);
        step.elements.front().spoken = lines[i].spoken;
        body.push_back(std::move(step));
    }
    add_qr_code(layout, view, body);
    return layout.compose("directions", std::move(body), layout.ui("help.directions"));
}

}  // namespace phare::ui::screens
