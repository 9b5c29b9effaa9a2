// The drawn plan (map.json units): rooms filled, walls, sign letters, the pin with its cone, the
// destination flag, the warning where the route has steps; a site without units keeps the graph
// drawing; and on every route of every site, each landmark the directions name is labelled.

#include "support/fixed_metrics.h"
#include "support/map_pages.h"
#include "support/test_kiosk.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "core/ui/screens/floor_plan.h"
#include "core/ui/theme.h"
#include "core/wayfinding/route_path.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

using test::all_pages;
using test::map_state;

std::string all_text(const ui::Element& plan)
{
    std::string all;
    for (const ui::TextLine& line : plan.lines)
        all += (all.empty() ? "" : " ") + line.text;
    return all;
}

std::string without_spaces(std::string text)
{
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
}

bool has_line_exactly(const ui::Element& plan, const std::string& text)
{
    return std::any_of(plan.lines.begin(), plan.lines.end(), [&](const ui::TextLine& line) { return line.text == text; });
}

int count(const ui::Element& plan, ui::ShapeKind kind, ui::Color color)
{
    return static_cast<int>(std::count_if(plan.shapes.begin(), plan.shapes.end(),
                                          [&](const ui::Shape& s) { return s.kind == kind && s.color == color; }));
}

}  // namespace

TEST_CASE("a drawn plan shows rooms, walls, lettered counters, the pin's cone and the destination flag", "[wayfinding][map][plan]")
{
    test::FixedMetrics metrics;
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    const ui::Modes modes = GENERATE(ui::Modes{}, ui::Modes{ui::TextSize::Standard, ui::Contrast::Dark, false, false});
    const ui::Palette palette = ui::make_theme(modes).palette;
    // Counter A is on the kiosk's level, past three steps (or the ramp, step-free).
    for (bool step_free : {false, true}) {
        INFO((step_free ? "step-free" : "standard"));
        const auto pages = all_pages(map_state("hall", "titres-sejour", step_free, "fr", modes), site, metrics);
        REQUIRE(pages.size() == 1);
        const ui::Element* plan = pages[0].find("map.plan");
        REQUIRE(plan);
        CHECK(count(*plan, ui::ShapeKind::Polygon, palette.plan_room) > 0);
        CHECK(count(*plan, ui::ShapeKind::Polygon, palette.plan_private) > 0);
        CHECK(count(*plan, ui::ShapeKind::Polyline, palette.plan_wall) > 5);
        // The graph is not drawn over a drawn plan: the plan's frame is the one line in its colour.
        CHECK(count(*plan, ui::ShapeKind::Polyline, palette.plan_corridor) == 1);
        // Signs give way to the route's labels: counter A's to "Arrivée : Guichet A", the reception
        // desk's ("H") to "Vous êtes ici" beside it. The others are written.
        for (const char* letter : {"B", "C", "WC"}) {
            INFO(letter);
            CHECK(has_line_exactly(*plan, letter));
        }
        CHECK(count(*plan, ui::ShapeKind::Polygon, palette.plan_cone) == 1);
        CHECK(all_text(*plan).find("Vous êtes ici") != std::string::npos);
        CHECK(count(*plan, ui::ShapeKind::Polygon, palette.plan_here) == 1);  // the flag's pennant
        CHECK(count(*plan, ui::ShapeKind::Polygon, palette.plan_warning) == (step_free ? 0 : 1));
    }
}

TEST_CASE("the facing cone points the way the visitor faces: up on a forward-up plan", "[wayfinding][map][plan]")
{
    test::FixedMetrics metrics;
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    const ui::Palette palette = ui::make_theme({}).palette;
    for (const char* kiosk : {"hall", "etage-1"}) {
        const auto pages = all_pages(map_state(kiosk, "regie", false, "fr"), site, metrics);
        const ui::Element* plan = pages.front().find("map.plan");
        REQUIRE(plan);
        const auto cone = std::find_if(plan->shapes.begin(), plan->shapes.end(),
                                       [&](const ui::Shape& s) { return s.kind == ui::ShapeKind::Polygon && s.color == palette.plan_cone; });
        REQUIRE(cone != plan->shapes.end());
        REQUIRE(cone->points.size() == 3);
        CHECK(cone->points[1].y < cone->points[0].y);
        CHECK(cone->points[2].y < cone->points[0].y);
    }
}

TEST_CASE("a level without a drawn plan is drawn from its graph as before", "[wayfinding][map][plan]")
{
    test::FixedMetrics metrics;
    const content::Site site = test::load_valid_site("tests/fixtures/sites/tiny");
    const ui::Palette palette = ui::make_theme({}).palette;
    const std::string kiosk = site.kiosks.front().id;
    const auto pages = all_pages(map_state(kiosk, site.services.front().id, false, site.default_language), site, metrics);
    const ui::Element* plan = pages.front().find("map.plan");
    REQUIRE(plan);
    CHECK(count(*plan, ui::ShapeKind::Polyline, palette.plan_corridor) > 1);  // the frame and the corridors
    CHECK(count(*plan, ui::ShapeKind::Polygon, palette.plan_room) == 0);
    CHECK(count(*plan, ui::ShapeKind::Polyline, palette.plan_wall) == 0);
}

TEST_CASE("every landmark the directions name is labelled on its level's plan, on every route of every site", "[wayfinding][map][plan]")
{
    test::FixedMetrics metrics;
    const std::string site_dir = GENERATE(from_range(test::all_sites()));
    const content::Site site = test::load_valid_site(site_dir);
    const ui::Modes modes = GENERATE(ui::Modes{}, ui::Modes{ui::TextSize::Larger, ui::Contrast::Dark, false, false});
    wayfinding::RoutingGraph graph(site.map, site.routing);
    for (const content::Language& language : site.languages)
        for (const content::Kiosk& kiosk : site.kiosks)
            for (const content::Service& service : site.services)
                for (bool step_free : {false, true}) {
                    auto route = wayfinding::plan_route(site, graph, kiosk.id, service.id,
                                                        step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Standard);
                    if (!route)
                        continue;
                    const auto path = wayfinding::route_node_path(site.map, *route);
                    const auto levels = ui::screens::plan_levels(site, kiosk, path);
                    const auto pages = all_pages(map_state(kiosk.id, service.id, step_free, language.code, modes), site, metrics);
                    const auto plans = test::all_plans(pages);
                    REQUIRE(plans.size() == levels.size());
                    for (const wayfinding::RouteStep& step : route->steps) {
                        const content::Node* node = site.map.find_node(step.landmark);
                        if (!node || node->kind == content::NodeKind::Kiosk || node->id == path.back() || node->id == kiosk.node)
                            continue;  // labelled by their markers ("Vous êtes ici", the arrival)
                        const auto at = std::find(levels.begin(), levels.end(), node->level);
                        if (at == levels.end())
                            continue;  // a landing only passed through
                        const ui::Element* plan = plans[static_cast<std::size_t>(at - levels.begin())].plan;
                        REQUIRE(plan);
                        const std::string name = ui::screens::capitalize_first(std::string(site.text(node->name, language.code)));
                        std::string where = "plan " + std::to_string(plan->rect.w) + "x" + std::to_string(plan->rect.h) + ":";
                        for (const ui::TextLine& line : plan->lines)
                            where += " \"" + line.text + "\" at " + std::to_string(line.rect.x) + "," + std::to_string(line.rect.y);
                        INFO(where);
                        INFO(site_dir << " " << language.code << " from " << kiosk.id << " to " << service.id << (step_free ? " step-free" : "")
                                      << ": \"" << name << "\" in \"" << all_text(*plan) << "\"");
                        // A long name may wrap, even inside a word in very large text: compare without spaces.
                        CHECK(without_spaces(all_text(*plan)).find(without_spaces(name)) != std::string::npos);
                    }
                }
}

TEST_CASE("pictograms on the plan are 12 mm, inside it, and hide no label, on every route of every site", "[wayfinding][map][plan]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    std::size_t drawn = 0;
    bool lift_shown = false;
    for (const std::string& site_dir : test::all_sites()) {
        const content::Site site = test::load_valid_site(site_dir);
        for (const content::Kiosk& kiosk : site.kiosks)
            for (const content::Service& service : site.services) {
                const auto pages = all_pages(map_state(kiosk.id, service.id, false, site.default_language), site, metrics);
                for (const test::PlanOnPage& on_page : test::all_plans(pages)) {
                    const ui::Element& plan = *on_page.plan;
                    INFO(site_dir << " from " << kiosk.id << " to " << service.id << " " << plan.id);
                    for (const ui::PlacedPicture& picture : plan.pictures) {
                        ++drawn;
                        lift_shown = lift_shown || picture.image == "asset:pictograms/lift.svg";
                        CHECK(picture.image.rfind("asset:pictograms/", 0) == 0);
                        CHECK(picture.rect.w >= device.px(12.0));
                        CHECK(picture.rect.h == picture.rect.w);
                        CHECK(picture.rect.inside(ui::Rect{0, 0, plan.rect.w, plan.rect.h}));
                        // Lines are placed on screen; pictures inside the plan.
                        const ui::Rect on_screen{plan.rect.x + picture.rect.x, plan.rect.y + picture.rect.y, picture.rect.w, picture.rect.h};
                        for (const ui::TextLine& line : plan.lines) {
                            INFO(picture.image << " and \"" << line.text << "\"");
                            CHECK_FALSE(line.rect.intersects(on_screen));
                        }
                        for (const ui::PlacedPicture& other : plan.pictures)
                            CHECK((&other == &picture || !other.rect.intersects(picture.rect)));
                    }
                }
            }
    }
    CHECK(drawn > 0);
    CHECK(lift_shown);
}
