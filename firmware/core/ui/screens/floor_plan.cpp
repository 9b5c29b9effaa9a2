#include "core/ui/screens/floor_plan.h"

#include "core/i18n/bidi.h"
#include "core/i18n/template.h"
#include "core/ui/text_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace phare::ui::screens {

namespace {

constexpr double pi = 3.14159265358979323846;

// Map metres to plan pixels: rotated so the kiosk's heading is up, then scaled to fit the level's
// bounding box into the plan, aspect ratio kept, centred.
class Projection {
public:
    Projection(const content::BuildingMap& map, const std::string& level, double heading_deg, int width, int height, int inset)
    {
        const double a = heading_deg * pi / 180.0;
        m_fx = std::sin(a);
        m_fy = std::cos(a);
        double min_u = std::numeric_limits<double>::max(), min_v = min_u;
        double max_u = std::numeric_limits<double>::lowest(), max_v = max_u;
        for (const content::Node& node : map.nodes) {
            if (node.level != level)
                continue;
            const auto [u, v] = rotate(node.x, node.y);
            min_u = std::min(min_u, u);
            max_u = std::max(max_u, u);
            min_v = std::min(min_v, v);
            max_v = std::max(max_v, v);
        }
        if (min_u > max_u)
            min_u = max_u = min_v = max_v = 0;
        const double span_u = max_u - min_u;
        const double span_v = max_v - min_v;
        const double room_w = std::max(1, width - 2 * inset);
        const double room_h = std::max(1, height - 2 * inset);
        m_scale = std::min(span_u > 0 ? room_w / span_u : 1e9, span_v > 0 ? room_h / span_v : 1e9);
        if (m_scale > 1e8)
            m_scale = 1.0;
        m_min_u = min_u;
        m_min_v = min_v;
        m_span_v = span_v;
        m_left = inset + (room_w - span_u * m_scale) / 2.0;
        m_top = inset + (room_h - span_v * m_scale) / 2.0;
    }

    // The height the drawing needs at this scale, insets included.
    int used_height(int inset) const { return static_cast<int>(std::ceil(m_span_v * m_scale)) + 2 * inset; }

    Point at(double x, double y) const
    {
        const auto [u, v] = rotate(x, y);
        return {static_cast<int>(std::lround(m_left + (u - m_min_u) * m_scale)), static_cast<int>(std::lround(m_top + (v - m_min_v) * m_scale))};
    }

private:
    // u: to the visitor's right; v: towards them (screen y grows downwards, forward is up).
    std::pair<double, double> rotate(double x, double y) const { return {x * m_fy - y * m_fx, -(x * m_fx + y * m_fy)}; }

    double m_fx = 0, m_fy = 1, m_scale = 1, m_min_u = 0, m_min_v = 0, m_span_v = 0, m_left = 0, m_top = 0;
};

Shape circle(Point centre, int radius, Color color) { return {ShapeKind::Circle, {centre}, 2 * radius, color, {}}; }
Shape polygon(std::vector<Point> points, Color color) { return {ShapeKind::Polygon, std::move(points), 1, color, {}}; }
Shape line(std::vector<Point> points, int width, Color color, std::vector<int> dash = {})
{
    return {ShapeKind::Polyline, std::move(points), width, color, std::move(dash)};
}

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

// Arrows along a polyline, every `spacing` px, pointing the way (R-41: the route is a pattern).
void add_chevrons(std::vector<Shape>& shapes, const std::vector<Point>& points, int spacing, int size, Color color)
{
    double next = spacing / 2.0;
    double walked = 0;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double dx = points[i].x - points[i - 1].x;
        const double dy = points[i].y - points[i - 1].y;
        const double length = std::hypot(dx, dy);
        if (length < 1)
            continue;
        const double ux = dx / length, uy = dy / length;
        while (next <= walked + length) {
            const double t = next - walked;
            const double cx = points[i - 1].x + ux * t, cy = points[i - 1].y + uy * t;
            auto at = [&](double along, double across) {
                return Point{static_cast<int>(std::lround(cx + ux * along - uy * across)),
                             static_cast<int>(std::lround(cy + uy * along + ux * across))};
            };
            shapes.push_back(polygon({at(size, 0), at(-size, size), at(-size / 2.0, 0), at(-size, -size)}, color));
            next += spacing;
        }
        walked += length;
    }
}

struct LabelRequest {
    std::string text;
    Point anchor;
    int clearance = 0;  // the marker's radius: labels start beyond it
    bool required = false;  // markers of the route; other places are labelled only where room is left
};

// Places labels greedily, most important first; a label that would overlap another, a marker or
// (for optional ones) the route is left out: fewer labels rather than overlapping ones.
class LabelPlacer {
public:
    LabelPlacer(Layout& layout, Element& plan, std::vector<Rect> markers, std::vector<Point> route_points, std::vector<Point> corridor_points)
        : m_layout(layout), m_plan(plan), m_markers(std::move(markers)), m_route(std::move(route_points)),
          m_corridors(std::move(corridor_points))
    {
        m_line_height = layout.metrics().line_height(plan.font_px, Weight::Regular);
        m_inset = layout.px(1.0);
        m_pad = layout.px(1.0);
    }

    void place(const LabelRequest& request)
    {
        // Beside the marker, wide first (fewer lines) then narrower; only then, for the route's own
        // markers, further away with a leader line.
        for (bool far : {false, true})
            for (int percent : {60, 35})
                if ((!far || request.required) && try_place(request, m_plan.rect.w * percent / 100, far))
                    return;
        // A long name in very large text: across the plan, in as few lines as it takes.
        if (request.required)
            try_place(request, m_plan.rect.w - 2 * m_inset - 2 * m_pad, true);
    }

private:
    bool try_place(const LabelRequest& request, int max_width, bool far)
    {
        auto wrapped = wrap_text(m_layout.metrics(), request.text, m_plan.direction, m_plan.font_px, Weight::Regular, max_width);
        if (wrapped.empty())
            return false;
        int text_width = 0;
        for (const WrappedLine& l : wrapped)
            text_width = std::max(text_width, l.width);
        const int w = text_width + 2 * m_pad;
        const int h = static_cast<int>(wrapped.size()) * m_line_height + 2 * m_pad;
        if (w > m_plan.rect.w - 2 * m_inset || h > m_plan.rect.h - 2 * m_inset)
            return false;
        std::optional<Rect> best;
        int best_score = std::numeric_limits<int>::max();
        for (int ring = 1; ring <= (request.required ? 3 : 1); ++ring) {
            const int d = request.clearance * ring + m_layout.px(1.5);
            const int dd = d * 7 / 10;
            const Point p = request.anchor;
            const Rect candidates[] = {
                {p.x + d, p.y - h / 2, w, h},       {p.x - d - w, p.y - h / 2, w, h},    {p.x - w / 2, p.y - d - h, w, h},
                {p.x - w / 2, p.y + d, w, h},       {p.x + dd, p.y - dd - h, w, h},      {p.x - dd - w, p.y - dd - h, w, h},
                {p.x + dd, p.y + dd, w, h},         {p.x - dd - w, p.y + dd, w, h},
            };
            for (Rect box : candidates) {
                box.x = std::clamp(box.x, m_inset, m_plan.rect.w - m_inset - w);
                box.y = std::clamp(box.y, m_inset, m_plan.rect.h - m_inset - h);
                if (!free(box))
                    continue;
                const int covered = covered_route_points(box);
                if (!request.required && covered > 0)
                    continue;
                if (covered < best_score) {
                    best_score = covered;
                    best = box;
                }
            }
            if (best)
                break;
        }
        bool leader = false;
        if (!best && far) {
            // Crowded (large text on a small plan): the nearest free place anywhere, with a leader line.
            best = nearest_free(request.anchor, w, h);
            leader = best.has_value();
        }
        if (!best)
            return false;
        if (leader) {
            const Point to{std::clamp(request.anchor.x, best->x, best->right()), std::clamp(request.anchor.y, best->y, best->bottom())};
            m_plan.shapes.push_back(line({request.anchor, to}, m_layout.px(0.5), m_plan.fg));
        }
        m_placed.push_back(*best);
        m_plan.shapes.push_back(polygon({{best->x, best->y}, {best->right(), best->y}, {best->right(), best->bottom()}, {best->x, best->bottom()}},
                                        m_plan.bg));
        int y = best->y + m_pad;
        for (WrappedLine& l : wrapped) {
            // Right-to-left labels are right-aligned in their box.
            const int x = m_plan.direction == content::TextDirection::RightToLeft ? best->right() - m_pad - l.width : best->x + m_pad;
            m_plan.lines.push_back({std::move(l.text), Rect{x, y, l.width, m_line_height}});
            y += m_line_height;
        }
        return true;
    }

    std::optional<Rect> nearest_free(Point anchor, int w, int h) const
    {
        std::optional<Rect> best;
        long best_distance = std::numeric_limits<long>::max();
        const int step = std::max(4, m_line_height / 3);
        for (int y = m_inset; y + h <= m_plan.rect.h - m_inset; y += step)
            for (int x = m_inset; x + w <= m_plan.rect.w - m_inset; x += step) {
                const Rect box{x, y, w, h};
                if (!free(box))
                    continue;
                const long dx = std::clamp(anchor.x, x, x + w) - anchor.x, dy = std::clamp(anchor.y, y, y + h) - anchor.y;
                const long distance = dx * dx + dy * dy + covered_route_points(box) * 4L * step * step;
                if (distance < best_distance) {
                    best_distance = distance;
                    best = box;
                }
            }
        return best;
    }

    bool free(const Rect& box) const
    {
        const int m = m_layout.px(0.5);
        const Rect grown{box.x - m, box.y - m, box.w + 2 * m, box.h + 2 * m};
        for (const Rect& other : m_placed)
            if (grown.intersects(other))
                return false;
        for (const Rect& marker : m_markers)
            if (box.intersects(marker))
                return false;
        return true;
    }

    // What a label would hide: the route counts most, then corridors.
    int covered_route_points(const Rect& box) const
    {
        int covered = 0;
        for (const Point& p : m_route)
            covered += box.contains(p.x, p.y) ? 4 : 0;
        for (const Point& p : m_corridors)
            covered += box.contains(p.x, p.y) ? 1 : 0;
        return covered;
    }

    Layout& m_layout;
    Element& m_plan;
    std::vector<Rect> m_markers;
    std::vector<Point> m_route;
    std::vector<Point> m_corridors;
    std::vector<Rect> m_placed;
    int m_line_height = 0;
    int m_inset = 0;
    int m_pad = 0;
};

Rect box_around(Point p, int radius) { return {p.x - radius, p.y - radius, 2 * radius, 2 * radius}; }

// Points every few pixels along a polyline: what labels should not hide.
void sample(const std::vector<Point>& points, int step, std::vector<Point>& out)
{
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double dx = points[i].x - points[i - 1].x, dy = points[i].y - points[i - 1].y;
        const int n = std::max(1, static_cast<int>(std::hypot(dx, dy) / step));
        for (int k = 0; k <= n; ++k)
            out.push_back({static_cast<int>(points[i - 1].x + dx * k / n), static_cast<int>(points[i - 1].y + dy * k / n)});
    }
}

}  // namespace

std::string capitalize_first(const std::string& text)
{
    std::string out = text;
    if (out.empty())
        return out;
    const auto c0 = static_cast<unsigned char>(out[0]);
    if (c0 >= 'a' && c0 <= 'z') {
        out[0] = static_cast<char>(c0 - 32);
    } else if (out.size() >= 2) {
        const auto c1 = static_cast<unsigned char>(out[1]);
        const unsigned code = ((c0 & 0x1Fu) << 6) | (c1 & 0x3Fu);
        unsigned upper = code;
        if ((code >= 0xE0 && code <= 0xFE && code != 0xF7) || (code >= 0x430 && code <= 0x44F))
            upper = code - 0x20;  // Latin-1 (é → É) and Cyrillic (с → С)
        else if (code >= 0x450 && code <= 0x45F)
            upper = code - 0x50;  // і → І, ї → Ї, є → Є
        if ((c0 & 0xE0u) == 0xC0u && upper != code) {
            out[0] = static_cast<char>(0xC0u | (upper >> 6));
            out[1] = static_cast<char>(0x80u | (upper & 0x3Fu));
        }
    }
    return out;
}

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
