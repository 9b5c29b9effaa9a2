#include "core/wayfinding/route.h"

#include <cmath>
#include <numbers>

namespace phare::wayfinding {

namespace {

using content::EdgeKind;

// Turns within this many degrees of straight on are "ahead"; from 180 minus this, "behind".
constexpr double ahead_tolerance_deg = 35;

std::optional<double> heading_between(const content::Node& a, const content::Node& b)
{
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    if (std::hypot(dx, dy) < 0.01)
        return std::nullopt;  // a lift or a staircase drawn on one spot: no direction in plan
    double deg = std::atan2(dx, dy) * 180 / std::numbers::pi;
    return deg < 0 ? deg + 360 : deg;
}

double signed_difference(double to, double from)
{
    double d = std::fmod(to - from, 360.0);
    if (d > 180)
        d -= 360;
    if (d <= -180)
        d += 360;
    return d;
}

Turn classify(double facing, std::optional<double> next, bool first)
{
    if (!next)
        return Turn::Ahead;  // walking into the lift or onto the stairs just reached
    double d = signed_difference(*next, facing);
    if (std::abs(d) <= ahead_tolerance_deg)
        return Turn::Ahead;
    if (std::abs(d) >= 180 - ahead_tolerance_deg)
        return first ? Turn::ScreenBehind : Turn::Around;
    return d > 0 ? Turn::Right : Turn::Left;
}

int ordinal_of(const content::BuildingMap& map, const std::string& level_id)
{
    const content::Level* level = map.find_level(level_id);
    return level ? level->ordinal : 0;
}

content::Handrail walking_side(content::Handrail side, bool reversed)
{
    if (!reversed)
        return side;
    if (side == content::Handrail::Left)
        return content::Handrail::Right;
    if (side == content::Handrail::Right)
        return content::Handrail::Left;
    return side;
}

class StepBuilder {
public:
    StepBuilder(const RoutingGraph& graph, double heading) : m_map(graph.map()), m_facing(heading) {}

    void add(const Arc& arc)
    {
        const content::Node& from = m_map.nodes[arc.from];
        const content::Node& to = m_map.nodes[arc.to];
        std::optional<double> heading = heading_between(from, to);
        if (!merge(arc, heading))
            m_steps.push_back(start_step(arc, classify(m_facing, heading, m_steps.empty())));
        RouteStep& step = m_steps.back();
        step.to = to.id;
        step.to_level = to.level;
        step.level_change = ordinal_of(m_map, step.to_level) - ordinal_of(m_map, step.from_level);
        if (step.level_change != 0)
            step.type = InstructionType::LevelChange;
        if (arc.kind != EdgeKind::Lift && arc.kind != EdgeKind::Stairs && arc.kind != EdgeKind::Escalator)
            step.landmark = to.name.empty() ? std::string() : to.id;
        else if (step.landmark.empty() && !to.name.empty())
            step.landmark = to.id;
        // A lift, or a staircase that ends above where it starts, has no direction in plan. Both
        // are left facing back the way one came: a lift through the door one entered by, a
        // staircase after the half-landing turn that brings it back over its own foot.
        if (heading)
            m_facing = *heading;
        else if (from.level != to.level)
            m_facing = std::fmod(m_facing + 180, 360.0);
    }

    std::vector<RouteStep> take() { return std::move(m_steps); }

private:
    bool merge(const Arc& arc, std::optional<double> heading)
    {
        if (m_steps.empty())
            return false;
        RouteStep& last = m_steps.back();
        // Straight on through a bare junction is one step; a named place on the way ends the step,
        // so the visitor hears it as reassurance (Wayfindr: anchor instructions to landmarks).
        bool corridors = arc.kind == EdgeKind::Corridor && last.mode == EdgeKind::Corridor && heading &&
                         classify(m_facing, heading, false) == Turn::Ahead && m_map.nodes[arc.from].name.empty();
        bool flights = arc.kind == EdgeKind::Stairs && last.mode == EdgeKind::Stairs;
        if (!corridors && !flights)
            return false;
        last.edges.insert(last.edges.end(), arc.edges.begin(), arc.edges.end());
        last.distance_m += arc.length_m;
        if (flights) {
            last.steps += m_map.edges[arc.edges.front()].steps;
            last.flights += 1;
        }
        return true;
    }

    RouteStep start_step(const Arc& arc, Turn turn)
    {
        const content::Node& from = m_map.nodes[arc.from];
        const content::Edge& edge = m_map.edges[arc.edges.front()];
        RouteStep step;
        step.edges = arc.edges;
        step.from = from.id;
        step.from_level = from.level;
        step.mode = arc.kind;
        step.turn = turn;
        step.distance_m = arc.length_m;
        step.type = arc.kind == EdgeKind::Corridor ? InstructionType::Progression : InstructionType::Feature;
        if (arc.kind == EdgeKind::Stairs) {
            step.steps = edge.steps;
            step.flights = 1;
            step.handrail = walking_side(edge.handrail, arc.reversed);
        }
        if (arc.kind == EdgeKind::Door) {
            step.door = edge.door;
            step.heavy_door = edge.heavy;
        }
        bool names_feature = arc.kind == EdgeKind::Lift || arc.kind == EdgeKind::Stairs || arc.kind == EdgeKind::Escalator;
        if (names_feature && !from.name.empty())
            step.landmark = from.id;
        return step;
    }

    const content::BuildingMap& m_map;
    double m_facing;
    std::vector<RouteStep> m_steps;
};

}  // namespace

std::vector<RouteStep> make_steps(const RoutingGraph& graph, const Path& path, double start_heading_deg)
{
    StepBuilder builder(graph, start_heading_deg);
    for (std::size_t index : path.arcs)
        builder.add(graph.arc(index));
    return builder.take();
}

RouteResult plan_route_between(const RoutingGraph& graph, std::string_view from, double heading_deg, std::string_view to,
                               Profile profile)
{
    auto start = graph.index_of(from);
    auto end = graph.index_of(to);
    if (!start || !end)
        return tl::unexpected(NoRoute{NoRouteReason::UnknownNode, "unknown node \"" + std::string(start ? to : from) + "\""});
    auto path = cheapest_path(graph, *start, *end, profile);
    if (!path) {
        if (profile == Profile::StepFree && cheapest_path(graph, *start, *end, Profile::Standard))
            return tl::unexpected(NoRoute{NoRouteReason::NoStepFreeRoute, "no step-free route from \"" + std::string(from) +
                                                                               "\" to \"" + std::string(to) + "\""});
        return tl::unexpected(
            NoRoute{NoRouteReason::Unreachable, "no route from \"" + std::string(from) + "\" to \"" + std::string(to) + "\""});
    }
    Route route;
    route.destination = std::string(to);
    route.profile = profile;
    route.steps = make_steps(graph, *path, heading_deg);
    route.length_m = path->length_m;
    route.cost_s = path->cost_s;
    return route;
}

RouteResult plan_route(const content::Site& site, const RoutingGraph& graph, std::string_view kiosk_id,
                       std::string_view service_id, Profile profile)
{
    const content::Kiosk* kiosk = site.find_kiosk(kiosk_id);
    if (!kiosk)
        return tl::unexpected(NoRoute{NoRouteReason::UnknownKiosk, "unknown kiosk \"" + std::string(kiosk_id) + "\""});
    const content::Service* service = site.find_service(service_id);
    if (!service)
        return tl::unexpected(NoRoute{NoRouteReason::UnknownService, "unknown service \"" + std::string(service_id) + "\""});
    auto route = plan_route_between(graph, kiosk->node, kiosk->heading_deg, service->destination, profile);
    if (route)
        route->kiosk = kiosk->id;
    return route;
}

}  // namespace phare::wayfinding
