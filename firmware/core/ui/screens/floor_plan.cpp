#include "core/ui/screens/floor_plan.h"

#include "core/i18n/template.h"
#include "core/ui/screens/floor_plan_geometry.h"
#include "core/ui/screens/floor_plan_labels.h"
#include "core/ui/text_layout.h"

#include <algorithm>

namespace phare::ui::screens {

namespace {

bool named(const content::Node& node)
{
    return !node.name.empty() && node.kind != content::NodeKind::Junction && node.kind != content::NodeKind::Door;
}

const content::Edge* edge_between(const content::BuildingMap& map, const std::string& a, const std::string& b)
{
    for (const content::Edge& edge : map.edges)
        if ((edge.from == a && edge.to == b) || (edge.from == b && edge.to == a))
            return &edge;
    return nullptr;
}

int ordinal_of(const content::BuildingMap& map, const std::string& level)
{
    const content::Level* found = map.find_level(level);
    return found ? found->ordinal : 0;
}

// What the plan writes for a level: its label, as on the lift buttons, never its ordinal.
std::string label_of(const content::Site& site, const std::string& level, std::string_view lang)
{
    const content::Level* found = site.map.find_level(level);
    return found ? site.level_label(*found, lang) : std::string();
}

}  // namespace

std::vector<PlanRun> plan_runs(const content::BuildingMap& map, const std::vector<std::string>& path)
{
    std::vector<PlanRun> runs;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const content::Node* node = map.find_node(path[i]);
        const std::string level = node ? node->level : std::string();
        if (runs.empty() || runs.back().level != level)
            runs.push_back({level, i, i, false});
        runs.back().end = i + 1;
    }
    for (std::size_t r = 0; r < runs.size(); ++r)
        runs[r].shown = runs[r].end - runs[r].begin >= 2 || r == 0 || r + 1 == runs.size();
    return runs;
}

std::vector<std::string> plan_levels(const content::Site& site, const content::Kiosk& kiosk, const std::vector<std::string>& path)
{
    std::vector<std::string> levels;
    for (const PlanRun& run : plan_runs(site.map, path))
        if (run.shown && std::find(levels.begin(), levels.end(), run.level) == levels.end())
            levels.push_back(run.level);
    if (levels.empty())
        if (const content::Node* node = site.map.find_node(kiosk.node))
            levels.push_back(node->level);
    return levels;
}

Element floor_plan(Layout& layout, const PlanSpec& spec)
{
    const content::Site& site = layout.site();
    const content::BuildingMap& map = site.map;
    const Palette& palette = layout.theme().palette;
    Element plan;
    plan.id = "map.plan";
    plan.role = Role::Image;
    plan.rect = Rect{0, 0, spec.width, spec.height};
    plan.lang = layout.lang();
    plan.direction = layout.direction();
    plan.font_px = layout.font_px(layout.theme().body_cap_mm);
    plan.align = Align::Placed;
    plan.fg = palette.text;
    plan.bg = palette.background;
    const int here_radius = layout.px(3.5);
    const int inset = here_radius + layout.px(3.0);
    const double heading = spec.kiosk ? spec.kiosk->heading_deg : 0.0;
    Projection projection(map, spec.level, heading, spec.width, spec.height, inset);
    // A wide floor on a tall page: the plan is only as tall as the drawing plus room for a label
    // above and below, so the legend follows it closely.
    const int line_height = layout.metrics().line_height(plan.font_px, Weight::Regular);
    // Room for the arrival's label too when it is here: a long place name takes several lines.
    int label_lines = 2;
    if (const content::Node* end = spec.path.empty() ? nullptr : map.find_node(spec.path.back()); end && end->level == spec.level) {
        const std::string arrival = i18n::fill(std::string(site.ui("map.destination", layout.lang())),
                                               {{"place", std::string(site.text(end->name, layout.lang()))}});
        label_lines += static_cast<int>(wrap_text(layout.metrics(), arrival, plan.direction, plan.font_px, Weight::Regular, spec.width * 60 / 100).size());
    }
    const int needed = projection.used_height(inset) + label_lines * line_height + 2 * layout.px(1.0);
    if (needed < spec.height) {
        plan.rect.h = needed;
        projection = Projection(map, spec.level, heading, spec.width, needed, inset);
    }
    auto at = [&](const content::Node& node) { return projection.at(node.x, node.y); };
    std::vector<Shape>& shapes = plan.shapes;
    const int w = plan.rect.w - 1, h = plan.rect.h - 1;
    shapes.push_back(line({{0, 0}, {w, 0}, {w, h}, {0, h}, {0, 0}}, layout.px(0.5), palette.plan_corridor));

    // Corridors, doors, ramps and same-level stairs: thin and solid.
    std::vector<Point> corridor_points;
    for (const content::Edge& edge : map.edges) {
        const content::Node* a = map.find_node(edge.from);
        const content::Node* b = map.find_node(edge.to);
        if (a && b && a->level == spec.level && b->level == spec.level) {
            shapes.push_back(line({at(*a), at(*b)}, layout.px(1.0), palette.plan_corridor));
            sample({at(*a), at(*b)}, layout.px(2.0), corridor_points);
        }
    }
    const int dot = layout.px(1.2);
    for (const content::Node& node : map.nodes)
        if (node.level == spec.level && named(node))
            shapes.push_back(circle(at(node), dot, palette.plan_corridor));

    // The route: thick, dashed, with arrows; then its markers.
    std::vector<Rect> markers;
    std::vector<Point> route_points;
    std::vector<LabelRequest> labels;
    const std::vector<PlanRun> runs = plan_runs(map, spec.path);
    const int marker = layout.px(3.0);
    const std::string lang = layout.lang();
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const PlanRun& run = runs[r];
        if (run.level != spec.level || !run.shown)
            continue;
        std::vector<Point> points;
        for (std::size_t i = run.begin; i < run.end; ++i)
            if (const content::Node* node = map.find_node(spec.path[i]))
                points.push_back(at(*node));
        if (points.empty())
            continue;
        if (points.size() >= 2) {
            shapes.push_back(line(points, layout.px(2.0), palette.plan_route, {layout.px(5.0), layout.px(2.5)}));
            add_chevrons(shapes, points, layout.px(14.0), layout.px(2.2), palette.plan_route);
            sample(points, layout.px(2.0), route_points);
        }
        if (r > 0) {
            // Arriving from another level: a ring where the route resumes.
            std::size_t from = r - 1;
            while (from > 0 && !runs[from].shown)
                --from;
            shapes.push_back(circle(points.front(), marker, palette.plan_route));
            shapes.push_back(circle(points.front(), marker / 2, palette.background));
            markers.push_back(box_around(points.front(), marker));
            labels.push_back({i18n::fill(std::string(site.ui("map.from_level", lang)), {{"number", label_of(site, runs[from].level, lang)}}),
                              points.front(), marker, true});
        }
        if (r + 1 < runs.size()) {
            // Leaving for another level: a triangle pointing up or down, and where to.
            std::size_t to = r + 1;
            while (to + 1 < runs.size() && !runs[to].shown)
                ++to;
            const int going = ordinal_of(map, runs[to].level) - ordinal_of(map, run.level);
            const content::Edge* edge = edge_between(map, spec.path[run.end - 1], spec.path[run.end]);
            const char* key = !edge || edge->kind == content::EdgeKind::Lift ? "map.lift_to"
                              : edge->kind == content::EdgeKind::Escalator   ? "map.escalator_to"
                                                                             : "map.stairs_to";
            const Point p = points.back();
            const int s = marker + layout.px(0.5);
            shapes.push_back(going > 0 ? polygon({{p.x, p.y - s}, {p.x + s, p.y + s * 3 / 4}, {p.x - s, p.y + s * 3 / 4}}, palette.plan_route)
                                       : polygon({{p.x, p.y + s}, {p.x - s, p.y - s * 3 / 4}, {p.x + s, p.y - s * 3 / 4}}, palette.plan_route));
            markers.push_back(box_around(p, s));
            labels.push_back({i18n::fill(std::string(site.ui(key, lang)), {{"number", label_of(site, runs[to].level, lang)}}), p, s,
                              true});
        } else if (!spec.path.empty()) {
            // The destination: a diamond.
            const Point p = points.back();
            const int s = marker + layout.px(0.5);
            shapes.push_back(polygon({{p.x, p.y - s}, {p.x + s, p.y}, {p.x, p.y + s}, {p.x - s, p.y}}, palette.plan_route));
            markers.push_back(box_around(p, s));
            const content::Node* node = map.find_node(spec.path.back());
            const std::string place = node ? std::string(site.text(node->name, lang)) : std::string();
            labels.insert(labels.begin(), {i18n::fill(std::string(site.ui("map.destination", lang)), {{"place", place}}), p, s, true});
        }
    }

    // "You are here": a target, drawn last so nothing covers it, and labelled first.
    const content::Node* kiosk_node = spec.kiosk ? map.find_node(spec.kiosk->node) : nullptr;
    if (kiosk_node && kiosk_node->level == spec.level) {
        const Point p = at(*kiosk_node);
        shapes.push_back(circle(p, here_radius, palette.plan_here));
        shapes.push_back(circle(p, here_radius * 2 / 3, palette.background));
        shapes.push_back(circle(p, here_radius / 3, palette.plan_here));
        markers.push_back(box_around(p, here_radius));
        labels.insert(labels.begin(), {std::string(site.ui("map.you_are_here", lang)), p, here_radius, true});
    }
    for (const content::Node& node : map.nodes) {
        if (node.level != spec.level || !named(node) || node.kind == content::NodeKind::Kiosk)
            continue;
        if (std::find(spec.path.begin(), spec.path.end(), node.id) != spec.path.end() && !spec.path.empty() && node.id == spec.path.back())
            continue;
        labels.push_back({capitalize_first(std::string(site.text(node.name, lang))), at(node), dot, false});
    }
    LabelPlacer placer(layout, plan, markers, route_points, corridor_points);
    for (const LabelRequest& label : labels)
        placer.place(label);
    return plan;
}

}  // namespace phare::ui::screens
