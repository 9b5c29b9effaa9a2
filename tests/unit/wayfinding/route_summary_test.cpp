// The facts a route's summary states, on routes built by hand: every flight's steps, a flight too
// long to count, the first handrail, and minutes rounded up, never zero.

#include "core/wayfinding/route_summary.h"

#include <catch2/catch.hpp>

using namespace phare;
using wayfinding::RouteStep;

namespace {

RouteStep flight(int steps, content::Handrail handrail)
{
    RouteStep step;
    step.mode = content::EdgeKind::Stairs;
    step.steps = steps;
    step.handrail = handrail;
    return step;
}

}  // namespace

TEST_CASE("a route's summary counts every short flight's steps and keeps the first handrail", "[wayfinding]")
{
    wayfinding::Route route;
    route.steps = {RouteStep{}, flight(3, content::Handrail::Right), RouteStep{}, flight(5, content::Handrail::Left)};
    route.cost_s = 61;
    const wayfinding::RouteFacts facts = wayfinding::route_facts(route);
    CHECK(facts.stairs_steps == 8);
    CHECK_FALSE(facts.long_flight);
    CHECK(facts.handrail == content::Handrail::Right);
    CHECK(facts.minutes == 2);
}

TEST_CASE("a flight too long to count, or an escalator, is stairs without a number", "[wayfinding]")
{
    wayfinding::Route route;
    route.steps = {flight(0, content::Handrail::Unknown), flight(30, content::Handrail::Both)};
    const wayfinding::RouteFacts facts = wayfinding::route_facts(route);
    CHECK(facts.long_flight);
    CHECK(facts.stairs_steps == 0);
    CHECK(facts.minutes == 1);  // never "0 minutes"

    wayfinding::Route moving;
    RouteStep escalator;
    escalator.mode = content::EdgeKind::Escalator;
    moving.steps = {escalator};
    CHECK(wayfinding::route_facts(moving).escalator);

    wayfinding::Route flat;
    flat.steps = {RouteStep{}};
    const wayfinding::RouteFacts none = wayfinding::route_facts(flat);
    CHECK(none.stairs_steps == 0);
    CHECK_FALSE(none.long_flight);
    CHECK_FALSE(none.escalator);
}
