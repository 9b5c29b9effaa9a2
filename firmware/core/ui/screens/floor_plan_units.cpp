#include "core/ui/screens/floor_plan_units.h"

#include "core/ui/screens/floor_plan.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phare::ui::screens {

namespace {

using content::UnitKind;

Color fill_of(UnitKind kind, const Palette& palette)
{
    switch (kind) {
    case UnitKind::Hall:
    case UnitKind::Corridor:
    case UnitKind::WaitingArea:
    case UnitKind::Ramp: return palette.plan_open;
    case UnitKind::Private: return palette.plan_private;
    default: return palette.plan_room;
    }
}

struct Box {
    double min_x = std::numeric_limits<double>::max(), min_y = min_x;
    double max_x = std::numeric_limits<double>::lowest(), max_y = max_x;
};

Box box_of(const std::vector<content::MapPoint>& outline)
{
    Box box;
    for (const content::MapPoint& p : outline) {
        box.min_x = std::min(box.min_x, p.x);
        box.max_x = std::max(box.max_x, p.x);
        box.min_y = std::min(box.min_y, p.y);
        box.max_y = std::max(box.max_y, p.y);
    }
    return box;
}

// Treads across the stairs' longer side, about every 0.45 m, clipped to the unit's bounding box
// (stairs are drawn as rectangles).
void treads(std::vector<Shape>& shapes, const Box& box, const Projection& projection, int width, Color color)
{
    const double w = box.max_x - box.min_x, h = box.max_y - box.min_y;
    const bool along_x = w >= h;
    const double length = along_x ? w : h;
    const int count = std::clamp(static_cast<int>(length / 0.45), 2, 30);
    for (int i = 1; i < count; ++i) {
        const double t = length * i / count;
        if (along_x)
            shapes.push_back(line({projection.at(box.min_x + t, box.min_y), projection.at(box.min_x + t, box.max_y)}, width, color));
        else
            shapes.push_back(line({projection.at(box.min_x, box.min_y + t), projection.at(box.max_x, box.min_y + t)}, width, color));
    }
}

bool holds_named_node(const content::Unit& unit, const content::BuildingMap& map, const std::string& level)
{
    for (const content::Node& node : map.nodes)
        if (node.level == level && !node.name.empty() && node.kind != content::NodeKind::Junction && node.kind != content::NodeKind::Door &&
            content::contains(unit.outline, {node.x, node.y}, 0.0))
            return true;
    return false;
}

}  // namespace

void draw_units(Layout& layout, Element& plan, const content::Level& level, const content::BuildingMap& map, const Projection& projection,
                std::vector<SignRequest>& signs, std::vector<LabelRequest>& labels)
{
    const Palette& palette = layout.theme().palette;
    const content::Site& site = layout.site();
    std::vector<Shape>& shapes = plan.shapes;
    const int wall = std::max(2, layout.px(0.6));
    const int thin = std::max(1, layout.px(0.25));
    auto projected = [&](const std::vector<content::MapPoint>& points) {
        std::vector<Point> out;
        for (const content::MapPoint& p : points)
            out.push_back(projection.at(p.x, p.y));
        return out;
    };
    for (const content::Unit& unit : level.plan.units) {
        if (unit.outline.size() < 3)
            continue;
        std::vector<Point> outline = projected(unit.outline);
        shapes.push_back(polygon(outline, fill_of(unit.kind, palette)));
        const Box box = box_of(unit.outline);
        if (unit.kind == UnitKind::Stairs)
            treads(shapes, box, projection, thin, palette.plan_wall);
        if (unit.kind == UnitKind::Lift) {
            shapes.push_back(line({projection.at(box.min_x, box.min_y), projection.at(box.max_x, box.max_y)}, thin, palette.plan_wall));
            shapes.push_back(line({projection.at(box.min_x, box.max_y), projection.at(box.max_x, box.min_y)}, thin, palette.plan_wall));
        }
        outline.push_back(outline.front());
        shapes.push_back(line(std::move(outline), wall, palette.plan_wall));
    }
    for (const auto& polyline : level.plan.walls)
        shapes.push_back(line(projected(polyline), wall + wall / 2, palette.plan_wall));
    // Doors: the wall opened, in the tone of the unit they lead into.
    const int door = std::max(2, static_cast<int>(std::lround(0.45 * projection.scale())));
    for (const content::Opening& opening : level.plan.openings) {
        auto unit = std::find_if(level.plan.units.begin(), level.plan.units.end(), [&](const content::Unit& u) { return u.id == opening.unit; });
        if (unit == level.plan.units.end() || opening.at.empty())
            continue;
        const Color tone = fill_of(unit->kind, palette);
        if (opening.at.size() == 1)
            shapes.push_back(circle(projection.at(opening.at[0].x, opening.at[0].y), door, tone));
        else
            shapes.push_back(line(projected(opening.at), wall + 2, tone));
    }
    for (const content::Unit& unit : level.plan.units) {
        if (unit.outline.size() < 3)
            continue;
        const Box box = box_of(unit.outline);
        const Point centre = projection.at((box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2);
        if (!unit.label.empty()) {
            const Point a = projection.at(box.min_x, box.min_y), b = projection.at(box.max_x, box.max_y);
            signs.push_back({unit.label, Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(a.x - b.x), std::abs(a.y - b.y)}});
        }
        if (!unit.name.empty() && !holds_named_node(unit, map, level.id))
            labels.push_back({capitalize_first(std::string(site.text(unit.name, layout.lang()))), centre, 0, false});
    }
}

void place_signs(Layout& layout, Element& plan, const std::vector<SignRequest>& signs, std::vector<Rect>& taken, const std::vector<Point>& route)
{
    const int line_height = layout.metrics().line_height(plan.font_px, Weight::Regular);
    const int pad = std::max(1, layout.px(0.4));
    const Rect whole{0, 0, plan.rect.w, plan.rect.h};
    for (const SignRequest& sign : signs) {
        const int width = layout.metrics().run_width(sign.text, content::TextDirection::LeftToRight, plan.font_px, Weight::Regular);
        const int w = width + 2 * pad, h = line_height + 2 * pad;
        const int cx = sign.room.x + sign.room.w / 2 - w / 2, cy = sign.room.y + sign.room.h / 2 - h / 2;
        const int dx = std::max(0, sign.room.w - w) / 2, dy = std::max(0, sign.room.h - h) / 2;
        const Rect candidates[] = {{cx, cy, w, h}, {cx - dx, cy, w, h}, {cx + dx, cy, w, h}, {cx, cy - dy, w, h}, {cx, cy + dy, w, h}};
        for (const Rect& box : candidates) {
            // A plaque may overhang a small unit's walls, as long as it is centred inside it.
            const bool fits = sign.room.contains(box.x + box.w / 2, box.y + box.h / 2) && box.inside(whole);
            const bool hides = std::any_of(taken.begin(), taken.end(), [&](const Rect& other) { return other.intersects(box); }) ||
                               std::any_of(route.begin(), route.end(), [&](const Point& p) { return box.contains(p.x, p.y); });
            if (!fits || hides)
                continue;
            plan.shapes.push_back(polygon({{box.x, box.y}, {box.right(), box.y}, {box.right(), box.bottom()}, {box.x, box.bottom()}}, plan.bg));
            plan.lines.push_back({sign.text, Rect{box.x + pad, box.y + pad, width, line_height}});
            taken.push_back(box);
            break;
        }
    }
}

}  // namespace phare::ui::screens
