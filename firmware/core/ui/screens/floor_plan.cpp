#include "core/ui/screens/floor_plan.h"

#include "core/i18n/template.h"
#include "core/ui/screens/floor_plan_geometry.h"
#include "core/ui/screens/floor_plan_labels.h"
#include "core/ui/screens/floor_plan_units.h"
#include "core/ui/text_layout.h"

#include <algorithm>
#include <functional>

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

// A warning triangle with "!" beside each flight of steps the route takes on this level, so a
// visitor sees it before reaching them.
void add_step_warnings(std::vector<Shape>& shapes, std::vector<Rect>& markers, const content::BuildingMap& map, const std::vector<std::string>& path,
                       std::size_t begin, std::size_t end, const std::vector<Point>& points, int size, const Palette& palette)
{
    for (std::size_t i = begin + 1; i < end && i - begin < points.size(); ++i) {
        const content::Edge* edge = edge_between(map, path[i - 1], path[i]);
        if (!edge || edge->kind != content::EdgeKind::Stairs || edge->steps <= 0)
            continue;
        const Point a = points[i - begin - 1], b = points[i - begin];
        const int s = size + size / 3;
        const int above = (a.y + b.y) / 2 - size * 2;
        const Point c{(a.x + b.x) / 2, above - s > 0 ? above : (a.y + b.y) / 2 + size * 2};
        Rect box{c.x - s, c.y - s, 2 * s, 2 * s};
        if (std::any_of(markers.begin(), markers.end(), [&](const Rect& other) { return other.intersects(box); }))
            continue;
        shapes.push_back(polygon({{c.x, c.y - s}, {c.x + s, c.y + s * 3 / 4}, {c.x - s, c.y + s * 3 / 4}}, palette.plan_warning));
        shapes.push_back(line({{c.x, c.y - s / 3}, {c.x, c.y + s / 4}}, std::max(2, s / 4), palette.background));
        shapes.push_back(circle({c.x, c.y + s / 2}, std::max(1, s / 8), palette.background));
        markers.push_back(box);
    }
}

// A pole on the destination and a pennant flying from its top, on the side with room for it.
void add_flag(std::vector<Shape>& shapes, std::vector<Rect>& markers, Point p, int s, int pole, int width, const Palette& palette)
{
    const int height = std::min(s * 3, std::max(s, p.y - 1));
    const Point top{p.x, p.y - height};
    const int fly = p.x + s * 2 < width ? s * 2 : -s * 2;
    shapes.push_back(circle(p, s / 2, palette.plan_route));
    shapes.push_back(line({p, top}, std::max(2, pole), palette.plan_route));
    shapes.push_back(polygon({top, {top.x + fly, top.y + s * 2 / 3}, {top.x, top.y + s * 4 / 3}}, palette.plan_here));
    markers.push_back(Rect{std::min(p.x - s / 2, p.x + fly), top.y, s * 2 + s / 2, height + s / 2});
}

// The public-information pictogram a place of this kind carries on the building's signs, if any.
std::string pictogram_of(const content::Site& site, const content::Node& node)
{
    if (node.id == site.reception_node)
        return "asset:pictograms/information.svg";
    switch (node.kind) {
    case content::NodeKind::Lift: return "asset:pictograms/lift.svg";
    case content::NodeKind::Stairs: return "asset:pictograms/stairs.svg";
    case content::NodeKind::Ramp: return "asset:pictograms/ramp.svg";
    case content::NodeKind::Toilet: return "asset:pictograms/toilets.svg";
    case content::NodeKind::WaitingArea: return "asset:pictograms/waiting-area.svg";
    default: return {};
    }
}

// Pictograms at 12 mm (the least size a sign's pictogram is read at from the kiosk) on a plaque, at
// their place or beside it, where they hide no marker, label, sign or the route; a pictogram with
// no such room is left out (the place's name stays). They join `taken`.
void place_pictograms(Layout& layout, Element& plan, const std::string& level, std::vector<Rect>& taken, const std::vector<Point>& route,
                      const std::function<Point(const content::Node&)>& at)
{
    const content::Site& site = layout.site();
    const int size = layout.px(12.0);
    const int pad = std::max(1, layout.px(0.6));
    const int side = size + 2 * pad;
    const Rect whole{0, 0, plan.rect.w, plan.rect.h};
    for (const content::Node& node : site.map.nodes) {
        if (node.level != level)
            continue;
        const std::string picture = pictogram_of(site, node);
        if (picture.empty())
            continue;
        const Point p = at(node);
        const int c = side / 2;
        const Rect candidates[] = {{p.x - c, p.y - c, side, side},          {p.x + c, p.y - c, side, side}, {p.x - 3 * c, p.y - c, side, side},
                                   {p.x - c, p.y - 3 * c, side, side},      {p.x - c, p.y + c, side, side}};
        for (const Rect& box : candidates) {
            const bool hides = std::any_of(taken.begin(), taken.end(), [&](const Rect& other) { return other.intersects(box); }) ||
                               std::any_of(route.begin(), route.end(), [&](const Point& q) { return box.contains(q.x, q.y); });
            if (!box.inside(whole) || hides)
                continue;
            plan.shapes.push_back(polygon({{box.x, box.y}, {box.right(), box.y}, {box.right(), box.bottom()}, {box.x, box.bottom()}}, plan.bg));
            plan.pictures.push_back({picture, Rect{box.x + pad, box.y + pad, size, size}});
            taken.push_back(box);
            break;
        }
    }
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
    // And for the landmarks the directions name, which are never left out.
    for (const std::string& id : spec.named)
        if (const content::Node* node = map.find_node(id); node && node->level == spec.level && (spec.path.empty() || id != spec.path.back()))
            label_lines += static_cast<int>(wrap_text(layout.metrics(), capitalize_first(std::string(site.text(node->name, layout.lang()))),
                                                      plan.direction, plan.font_px, Weight::Regular, spec.width * 60 / 100)
                                                .size());
    const int needed = projection.used_height(inset) + label_lines * line_height + 2 * layout.px(1.0);
    if (needed < spec.height) {
        plan.rect.h = needed;
        projection = Projection(map, spec.level, heading, spec.width, needed, inset);
    }
    auto at = [&](const content::Node& node) { return projection.at(node.x, node.y); };
    std::vector<Shape>& shapes = plan.shapes;
    const int w = plan.rect.w - 1, h = plan.rect.h - 1;
    shapes.push_back(line({{0, 0}, {w, 0}, {w, h}, {0, h}, {0, 0}}, layout.px(0.5), palette.plan_corridor));

    // A drawn plan shows the building (rooms, walls, doors); without one, the graph is the plan.
    std::vector<Rect> markers;
    std::vector<LabelRequest> labels;
    std::vector<LabelRequest> unit_labels;  // last: rooms' names go where the rest leaves room
    std::vector<SignRequest> signs;
    const content::Level* level = map.find_level(spec.level);
    const bool drawn = level && !level->plan.units.empty();
    if (level && !level->plan.empty())
        draw_units(layout, plan, *level, map, projection, signs, unit_labels);

    // Corridors, doors, ramps and same-level stairs: thin and solid. Labels keep clear of them
    // either way: a drawn plan's corridors are where its graph runs.
    std::vector<Point> corridor_points;
    for (const content::Edge& edge : map.edges) {
        const content::Node* a = map.find_node(edge.from);
        const content::Node* b = map.find_node(edge.to);
        if (a && b && a->level == spec.level && b->level == spec.level) {
            if (!drawn)
                shapes.push_back(line({at(*a), at(*b)}, layout.px(1.0), palette.plan_corridor));
            sample({at(*a), at(*b)}, layout.px(2.0), corridor_points);
        }
    }
    const int dot = layout.px(1.2);
    for (const content::Node& node : map.nodes)
        if (node.level == spec.level && named(node))
            shapes.push_back(circle(at(node), dot, palette.plan_corridor));

    // The route: thick, dashed, with arrows; then its markers.
    const std::size_t under_route = shapes.size();
    std::vector<Point> route_points;
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
            shapes.push_back(line(points, layout.px(2.6), palette.plan_route, {layout.px(5.0), layout.px(2.5)}));
            add_chevrons(shapes, points, layout.px(14.0), layout.px(2.4), palette.plan_route);
            add_step_warnings(shapes, markers, map, spec.path, run.begin, run.end, points, marker, palette);
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
            // The destination: a flag planted on it.
            const Point p = points.back();
            const int s = marker + layout.px(0.5);
            add_flag(shapes, markers, p, s, layout.px(0.8), w, palette);
            const content::Node* node = map.find_node(spec.path.back());
            const std::string place = node ? std::string(site.text(node->name, lang)) : std::string();
            labels.insert(labels.begin(), {i18n::fill(std::string(site.ui("map.destination", lang)), {{"place", place}}), p, s, true});
        }
    }

    // "You are here": a target, drawn last so nothing covers it, and labelled first.
    const content::Node* kiosk_node = spec.kiosk ? map.find_node(spec.kiosk->node) : nullptr;
    if (kiosk_node && kiosk_node->level == spec.level) {
        const Point p = at(*kiosk_node);
        // The way the visitor faces is up on a forward-up plan: a cone from the pin shows it, under
        // the route so as not to hide it.
        const int reach = here_radius * 4;
        const int spread = reach * 6 / 10;
        auto clamp_in = [&](Point q) { return Point{std::clamp(q.x, 0, w), std::clamp(q.y, 0, h)}; };
        shapes.insert(shapes.begin() + static_cast<std::ptrdiff_t>(under_route),
                      polygon({p, clamp_in({p.x - spread, p.y - reach}), clamp_in({p.x + spread, p.y - reach})}, palette.plan_cone));
        shapes.push_back(circle(p, here_radius, palette.plan_here));
        shapes.push_back(circle(p, here_radius * 2 / 3, palette.background));
        shapes.push_back(circle(p, here_radius / 3, palette.plan_here));
        markers.push_back(box_around(p, here_radius));
        labels.insert(labels.begin(), {std::string(site.ui("map.you_are_here", lang)), p, here_radius, true});
    }
    // Places the directions name first, and never left out; then the others where room is left.
    for (bool in_directions : {true, false})
        for (const content::Node& node : map.nodes) {
            if (node.level != spec.level || !named(node) || node.kind == content::NodeKind::Kiosk)
                continue;
            if (!spec.path.empty() && node.id == spec.path.back())
                continue;
            const bool required = std::find(spec.named.begin(), spec.named.end(), node.id) != spec.named.end();
            if (required == in_directions)
                labels.push_back({capitalize_first(std::string(site.text(node.name, lang))), at(node), dot, required});
        }
    labels.insert(labels.end(), unit_labels.begin(), unit_labels.end());

    LabelPlacer placer(layout, plan, markers, route_points, corridor_points);
    // The route's labels and the landmarks the directions name, then the signs ("A" on counter
    // A) where those leave room, then the other places' names around them.
    for (const LabelRequest& label : labels)
        if (label.required)
            placer.place(label);
    std::vector<Rect> taken = markers;
    taken.insert(taken.end(), placer.placed().begin(), placer.placed().end());
    const std::size_t before = taken.size();
    place_signs(layout, plan, signs, taken, route_points);
    place_pictograms(layout, plan, spec.level, taken, route_points, at);
    for (std::size_t i = before; i < taken.size(); ++i)
        placer.avoid(taken[i]);
    for (const LabelRequest& label : labels)
        if (!label.required)
            placer.place(label);
    return plan;
}

}  // namespace phare::ui::screens
