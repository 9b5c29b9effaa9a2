// The directions to a service from this kiosk, in the order a visitor needs them: what the way is
// like (how many steps, how far, how long, stairs or none), the step-free choice, the plan of the
// first level with the route drawn, then one numbered step per line with an arrow or pictogram, so
// that large text reflows them onto more pages and the keypad reads them one by one; last, "on
// your phone": a QR code of the route's page when the kiosk has a hub. The route is computed here,
// from the site and the state, so the screen always matches the language, the easy-read mode and
// the step-free choice of the moment.

#include "core/ui/screens/screens.h"

#include "core/ui/route_page_url.h"
#include "core/ui/screens/floor_plan.h"
#include "core/ui/screens/route_view.h"
#include "core/wayfinding/directions.h"
#include "core/wayfinding/route_path.h"
#include "core/wayfinding/route_summary.h"

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
    std::string icon;
};

// The picture beside a step: what to take (stairs, lift, ramp) or which way to turn; a flag for
// the arrival and the plan's "you are here" ring for the start.
std::string step_icon(const wayfinding::RouteStep& step)
{
    switch (step.mode) {
    case content::EdgeKind::Stairs:
    case content::EdgeKind::Escalator: return "asset:pictograms/stairs.svg";
    case content::EdgeKind::Lift: return "asset:pictograms/lift.svg";
    case content::EdgeKind::Ramp: return "asset:pictograms/ramp.svg";
    case content::EdgeKind::Corridor:
    case content::EdgeKind::Door: break;
    }
    switch (step.turn) {
    case wayfinding::Turn::Left: return "asset:icons/turn-left.svg";
    case wayfinding::Turn::Right: return "asset:icons/turn-right.svg";
    case wayfinding::Turn::Around:
    case wayfinding::Turn::ScreenBehind: return "asset:icons/turn-around.svg";
    case wayfinding::Turn::Ahead: break;
    }
    return "asset:icons/ahead.svg";
}

wayfinding::Wording wording(const Layout& layout)
{
    return layout.state().modes.easy_read ? wayfinding::Wording::EasyRead : wayfinding::Wording::Standard;
}

std::vector<StepLine> step_lines(Layout& layout, const RouteView& view)
{
    if (!view.route)
        return {};
    const content::Site& site = layout.site();
    if (!*view.route) {
        std::string text = wayfinding::no_route_text(site, view.route->error(), view.destination, layout.lang());
        return {{text, text, "asset:icons/warning.svg"}};
    }
    const wayfinding::Route& route = **view.route;
    const std::vector<wayfinding::Direction> directions = wayfinding::directions(site, route, layout.lang(), wording(layout));
    std::vector<StepLine> lines;
    std::size_t step = 0;
    for (std::size_t i = 0; i < directions.size(); ++i) {
        const wayfinding::Direction& direction = directions[i];
        // A sentence without edges is the start (first) or the arrival (last); the others follow
        // the route's steps in order.
        std::string icon = !direction.edge_kinds.empty() && step < route.steps.size() ? step_icon(route.steps[step++])
                           : i + 1 == directions.size()                               ? "asset:icons/arrival.svg"
                                                                                      : "asset:icons/you-are-here.svg";
        const std::string number = std::to_string(lines.size() + 1) + ". ";
        lines.push_back({number + direction.text, number + direction.spoken, std::move(icon)});
    }
    return lines;
}

// Before the steps: "6 étapes · 35 mètres · environ 2 minutes", then stairs or none.
void add_summary(Layout& layout, const RouteView& view, std::size_t lines, std::vector<Block>& body)
{
    if (!view.route || !*view.route)
        return;
    const wayfinding::RouteSummary summary = wayfinding::route_summary(layout.site(), **view.route, lines, layout.lang(), wording(layout));
    body.push_back(layout.card("directions.summary", {{"directions.summary.route", summary.shown, summary.spoken, true},
                                                      {"directions.summary.climb", summary.climb, {}, false}}));
}

// The plan of the level the visitor stands on, the route drawn on it, and "Voir le plan" written
// under it: the whole picture is the button that opens the plan in full (every level). It is a
// picture of the steps below it, which stay the accessible form of the route, so it says
// only what it does. Large text leaves the picture out for the plain button: the steps come first.
// Returns false when there is no picture.
bool add_plan_preview(Layout& layout, const RouteView& view, std::vector<Block>& body)
{
    if (!view.kiosk || !view.route || !*view.route || layout.state().modes.text_size != TextSize::Standard)
        return false;
    const content::Site& site = layout.site();
    const std::vector<std::string> path = wayfinding::route_node_path(site.map, **view.route);
    const std::vector<std::string> levels = plan_levels(site, *view.kiosk, path);
    if (levels.empty())
        return false;
    std::vector<std::string> named;
    for (const wayfinding::RouteStep& step : (*view.route)->steps)
        if (!step.landmark.empty())
            named.push_back(step.landmark);
    const Theme& theme = layout.theme();
    Element plan = floor_plan(layout, {view.kiosk, path, levels.front(), named, layout.content_width(), layout.content_width() * 9 / 16});
    const std::string label = layout.ui("map.button");
    const int line_height = layout.metrics().line_height(plan.font_px, Weight::Regular);
    const int label_width = layout.metrics().run_width(label, layout.direction(), plan.font_px, Weight::Regular) + 1;
    const int gap = layout.px(theme.gap_mm);
    plan.lines.push_back({label, Rect{(plan.rect.w - label_width) / 2, plan.rect.h + gap / 2, label_width, line_height}});
    plan.rect.h += line_height + gap;
    plan.id = "directions.map";
    plan.role = Role::Button;
    plan.text = label;
    plan.spoken = layout.spoken_control(label, "role.button");
    plan.action = OpenMap{view.service ? view.service->id : std::string()};
    plan.focusable = true;
    plan.fg = theme.palette.button_text;
    plan.border = theme.palette.button_border;
    plan.border_px = theme.border_px;
    Block drawing;
    drawing.height = plan.rect.h;
    drawing.choices = 1;
    drawing.elements.push_back(std::move(plan));
    body.push_back(std::move(drawing));
    return true;
}

// "On your phone" closes the page, where a visitor who has read the steps decides to take them
// along. The code is dark on light in every palette (the painter sees to it) because phones need
// that: 45 mm, half a millimetre a module up to version 10.
void add_qr_code(Layout& layout, const RouteView& view, std::vector<Block>& body)
{
    const State& state = layout.state();
    const std::string url = route_page_url(state.route_page_base, {layout.site().id, view.kiosk ? view.kiosk->id : std::string(),
                                                                   view.service ? view.service->id : std::string(), state.lang, state.place.step_free,
                                                                   state.modes.easy_read});
    // The hub's route page is per service; a counter's route has no page (yet).
    if (url.empty() || !view.kiosk || !view.service)
        return;
    body.push_back(layout.heading("directions.phone", layout.ui("dir.phone_heading"), layout.theme().heading_cap_mm));
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
    const int size = std::min(layout.px(45.0), layout.content_width());  // >= 0.5 mm a module up to version 10 (57 modules + quiet zone)
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
    body.push_back(layout.heading("directions.service", destination_title(layout, view), theme.title_cap_mm));
    const std::vector<StepLine> lines = step_lines(layout, view);
    add_summary(layout, view, lines.size(), body);
    body.push_back(layout.switch_row(step_free_toggle(layout, state.place.step_free), state.place.step_free));
    if (!add_plan_preview(layout, view, body)) {
        const std::string map_label = layout.ui("map.button");
        body.push_back(layout.button({"directions.map", map_label, layout.spoken_control(map_label, "role.button"),
                                      OpenMap{view.service ? view.service->id : std::string()}}));
    }
    body.push_back(layout.heading("directions.heading", layout.ui("dir.heading"), theme.heading_cap_mm));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Block step = layout.step("directions.step." + std::to_string(i + 1), lines[i].icon, lines[i].shown, lines[i].spoken);
        step.elements.front().id = "directions.icon." + std::to_string(i + 1);  // "directions.step.*" are the words
        body.push_back(std::move(step));
    }
    add_qr_code(layout, view, body);
    // The rating is offered once the visitor has what they came for, not before.
    body.push_back(feedback_entry(layout));
    return layout.compose("directions", std::move(body), layout.ui("help.directions"));
}

}  // namespace phare::ui::screens
