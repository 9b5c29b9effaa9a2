#include "core/content/plan_parser.h"

#include "core/content/enum_field.h"

#include <utility>

namespace phare::content {

namespace {

constexpr std::pair<std::string_view, UnitKind> unit_kinds[] = {
    {"room", UnitKind::Room},       {"office", UnitKind::Office},  {"hall", UnitKind::Hall},
    {"corridor", UnitKind::Corridor}, {"counter", UnitKind::Counter}, {"waiting_area", UnitKind::WaitingArea},
    {"toilet", UnitKind::Toilet},   {"lift", UnitKind::Lift},      {"stairs", UnitKind::Stairs},
    {"ramp", UnitKind::Ramp},       {"private", UnitKind::Private},
};

// A list of [x, y] points in metres; each entry that is not one is reported and skipped.
std::vector<MapPoint> points(JsonReader& r, const Json& list, const std::string& at)
{
    std::vector<MapPoint> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& p = list[i];
        if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
            r.error(pointer(at, i), "expected a point [x, y] in metres, found " + describe_json_type(p));
            continue;
        }
        out.push_back({p[0].get<double>(), p[1].get<double>()});
    }
    return out;
}

Unit parse_unit(JsonReader& r, const Json& u, const std::string& at)
{
    Unit unit;
    unit.id = r.id(u, "id", at).value_or("");
    unit.kind = parse_enum(r, u, "kind", at, unit_kinds, Presence::Required).value_or(UnitKind::Room);
    unit.name = r.localized(u, "name", at, Presence::Optional);
    unit.label = r.string(u, "label", at, Presence::Optional).value_or("");
    if (const Json* outline = r.array(u, "outline", at, Presence::Required)) {
        const std::string here = pointer(at, "outline");
        unit.outline = points(r, *outline, here);
        if (unit.outline.size() == outline->size()) {  // every corner read: the shape itself can be judged
            if (unit.outline.size() < 3)
                r.error(here, "an outline needs at least 3 corners, found " + std::to_string(unit.outline.size()));
            else if (self_intersecting(unit.outline))
                r.error(here, "the outline crosses itself; list its corners in order around it");
        }
    }
    return unit;
}

}  // namespace

LevelPlan parse_level_plan(JsonReader& r, const Json& level, const std::string& at, std::vector<std::string>& unit_at,
                           std::vector<std::string>& opening_at)
{
    LevelPlan plan;
    for (const auto& [object, unit_pointer] : r.objects(level, "units", at, Presence::Optional, "a unit")) {
        plan.units.push_back(parse_unit(r, *object, unit_pointer));
        unit_at.push_back(unit_pointer);
    }
    if (const Json* walls = r.array(level, "walls", at, Presence::Optional)) {
        const std::string here = pointer(at, "walls");
        for (std::size_t i = 0; i < walls->size(); ++i) {
            const Json& wall = (*walls)[i];
            if (!wall.is_array()) {
                r.error(pointer(here, i), "expected a wall (a list of points [x, y]), found " + describe_json_type(wall));
                continue;
            }
            auto line = points(r, wall, pointer(here, i));
            if (line.size() < 2 && line.size() == wall.size())
                r.error(pointer(here, i), "a wall needs at least 2 points");
            else if (line.size() >= 2)
                plan.walls.push_back(std::move(line));
        }
    }
    for (const auto& [object, opening_pointer] : r.objects(level, "openings", at, Presence::Optional, "an opening")) {
        Opening opening;
        opening.unit = r.string(*object, "unit", opening_pointer, Presence::Required).value_or("");
        if (const Json* list = r.array(*object, "at", opening_pointer, Presence::Required)) {
            opening.at = points(r, *list, pointer(opening_pointer, "at"));
            if (opening.at.size() == list->size() && (list->empty() || list->size() > 2))
                r.error(pointer(opening_pointer, "at"), "an opening is one point or the two ends of a segment");
        }
        plan.openings.push_back(std::move(opening));
        opening_at.push_back(opening_pointer);
    }
    return plan;
}

}  // namespace phare::content
