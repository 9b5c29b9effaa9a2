// The floor plan of the route in travel order: the kiosk's level first, then each level the
// visitor walks on; all on one page when each plan stays readable, else one level a page. It illustrates the directions screen, which stays the accessible
// form of the route; the plan element carries a spoken summary of what it shows, and the
// legend says in words how the route is drawn.

#include "core/ui/screens/screens.h"

#include "core/i18n/bidi.h"
#include "core/i18n/template.h"
#include "core/ui/screens/floor_plan.h"
#include "core/ui/screens/route_view.h"
#include "core/wayfinding/directions.h"
#include "core/wayfinding/route_path.h"

#include <cmath>

namespace phare::ui::screens {

namespace {

// A level as shown (its label) or as said (its spoken label); never its ordinal.
std::string level_label(const Layout& layout, const std::string& level)
{
    const content::Level* found = layout.site().map.find_level(level);
    return found ? layout.site().level_label(*found, layout.lang()) : std::string();
}
std::string level_spoken(const Layout& layout, const std::string& level)
{
    const content::Level* found = layout.site().map.find_level(level);
    return found ? layout.site().level_spoken(*found, layout.lang()) : std::string();
}

// The named place nearest to a node on its level, within 15 m: "near the reception desk".
const content::Node* landmark_near(const content::BuildingMap& map, const content::Node& from)
{
    const content::Node* best = nullptr;
    double best_distance = 15.0;
    for (const content::Node& node : map.nodes) {
        if (node.level != from.level || node.id == from.id || node.name.empty() || node.kind == content::NodeKind::Kiosk ||
            node.kind == content::NodeKind::Junction || node.kind == content::NodeKind::Door)
            continue;
        const double d = std::hypot(node.x - from.x, node.y - from.y);
        if (d < best_distance) {
            best_distance = d;
            best = &node;
        }
    }
    return best;
}

// What the plan of one level shows, in words: where you are, where the route leads on this level.
std::string summary(Layout& layout, const content::Kiosk& kiosk, const std::vector<std::string>& path, const std::string& level,
                    const std::string& no_route)
{
    const content::Site& site = layout.site();
    const content::BuildingMap& map = site.map;
    std::string text = i18n::fill(layout.ui("map.summary"), {{"number", level_spoken(layout, level)}});
    const content::Node* kiosk_node = map.find_node(kiosk.node);
    if (kiosk_node && kiosk_node->level == level) {
        const content::Node* near = landmark_near(map, *kiosk_node);
        text += " " + (near ? i18n::fill(layout.ui("map.summary_here_near"), {{"place", layout.text(near->name)}})
                            : layout.ui("map.summary_here"));
    }
    const std::vector<PlanRun> runs = plan_runs(map, path);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (runs[r].level != level || !runs[r].shown)
            continue;
        const content::Node* first = map.find_node(path[runs[r].begin]);
        const content::Node* last = map.find_node(path[runs[r].end - 1]);
        if (r > 0 && first && !first->name.empty())
            text += " " + i18n::fill(layout.ui("map.summary_from"), {{"place", layout.text(first->name)}});
        if (!last)
            continue;
        if (r + 1 < runs.size()) {
            std::size_t to = r + 1;
            while (to + 1 < runs.size() && !runs[to].shown)
                ++to;
            text += " " + i18n::fill(layout.ui("map.summary_to_level"),
                                     {{"place", layout.text(last->name)}, {"number", level_spoken(layout, runs[to].level)}});
        } else {
            text += " " + i18n::fill(layout.ui("map.summary_to_destination"), {{"place", layout.text(last->name)}});
        }
    }
    if (!no_route.empty())
        text += " " + no_route;
    return text;
}

}  // namespace

Frame map(Layout& layout)
{
    const Theme& theme = layout.theme();
    const State& state = layout.state();
    const RouteView view = route_view(layout);
    std::vector<Block> body;
    if (!view.has_destination() || !view.kiosk || !view.route)
        return layout.compose("map", std::move(body), layout.ui("help.map"));
    const content::Site& site = layout.site();
    std::vector<std::string> path;
    std::string no_route;
    std::vector<std::string> named;
    if (*view.route) {
        path = wayfinding::route_node_path(site.map, **view.route);
        for (const wayfinding::RouteStep& step : (*view.route)->steps)
            if (!step.landmark.empty())
                named.push_back(step.landmark);
    } else
        no_route = wayfinding::no_route_text(site, view.route->error(), view.destination, layout.lang());
    const std::string legend_key = state.modes.easy_read ? "map.easy.legend" : "map.legend";
    const int capacity = layout.paged_body_height();
    const int gap = layout.px(theme.gap_mm);
    const std::vector<std::string> levels = plan_levels(site, *view.kiosk, path);
    std::vector<Block> headings;
    int headings_height = 0;
    for (const std::string& level : levels) {
        const content::Level* found = site.map.find_level(level);
        const std::string name = found ? layout.text(found->name) : "";
        Block heading = layout.heading("map.heading", i18n::fill(layout.ui("map.heading"), {{"number", level_label(layout, level)}, {"level", name}}),
                                       theme.heading_cap_mm);
        heading.elements.front().spoken = i18n::fill(layout.ui("map.heading"), {{"number", level_spoken(layout, level)}, {"level", name}}) +
                                          ", " + layout.ui("role.heading");
        headings_height += heading.height;
        headings.push_back(std::move(heading));
    }
    auto legend = [&] {
        return layout.paragraph("map.legend", no_route.empty() ? layout.ui(legend_key) : no_route, theme.body_cap_mm, theme.palette.text);
    };
    const int legend_height = legend().height;
    // Every level of the route on one screen when each plan can still be read (standard text): a
    // visitor sees at once where the lift leads. Otherwise, and in large text, one level a page.
    const int count = static_cast<int>(levels.size());
    const int shared = (capacity - headings_height - legend_height - (2 * count + 1) * gap) / std::max(1, count);
    const bool together = count > 1 && state.modes.text_size == TextSize::Standard && shared >= layout.px(55.0);
    for (std::size_t i = 0; i < levels.size(); ++i) {
        Block heading = std::move(headings[i]);
        heading.new_page = !together || i == 0;
        // The plan takes what the heading and the legend leave of the page (or its share of it).
        const int height = together ? shared : std::max(layout.px(40.0), capacity - heading.height - legend_height - 3 * gap);
        Element plan = floor_plan(layout, {view.kiosk, path, levels[i], named, layout.content_width(), height});
        plan.spoken = summary(layout, *view.kiosk, path, levels[i], no_route);
        if (i > 0) {  // ids stay unique on a page: map.plan, map.plan.2, ...
            plan.id += "." + std::to_string(i + 1);
            heading.elements.front().id += "." + std::to_string(i + 1);
        }
        Block drawing;
        drawing.height = plan.rect.h;
        drawing.elements.push_back(std::move(plan));
        body.push_back(std::move(heading));
        body.push_back(std::move(drawing));
        if (!together || i + 1 == levels.size())
            body.push_back(legend());
    }
    return layout.compose("map", std::move(body), layout.ui("help.map"));
}

}  // namespace phare::ui::screens
