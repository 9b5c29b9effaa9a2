// The floor plan, headless: for every service from every kiosk of every site, each level of the
// route has its page, "you are here" is on the kiosk's level, the route is drawn with a pattern
// and another colour than corridors, level changes are labelled, and labels stay apart and inside.

#include "core/i18n/bidi.h"
#include "support/fixed_metrics.h"
#include "support/map_pages.h"
#include "support/test_kiosk.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "core/ui/route_page_url.h"
#include "core/ui/screens/floor_plan.h"
#include "core/ui/theme.h"
#include "core/wayfinding/route_path.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

using test::all_pages;

// The map screen as reached from a service's directions (the site is not needed to get there).
ui::State map_state(const content::Site&, const std::string& kiosk, const std::string& service, bool step_free, const std::string& lang,
                    ui::Modes modes = {})
{
    return test::map_state(kiosk, service, step_free, lang, modes);
}

bool has_line(const ui::Element& e, const std::string& text)
{
    std::string all;
    for (const ui::TextLine& line : e.lines)
        all += (all.empty() ? "" : " ") + line.text;
    return all.find(text) != std::string::npos;
}

bool inside(const ui::Shape& shape, const ui::Rect& rect)
{
    const int r = shape.kind == ui::ShapeKind::Circle ? shape.width_px / 2 : 0;
    for (const ui::Point& p : shape.points)
        if (p.x - r < 0 || p.y - r < 0 || p.x + r > rect.w || p.y + r > rect.h)
            return false;
    return true;
}

// Lines of one label touch (one under the other); lines of two labels must not.
void check_labels_apart(const ui::Element& plan)
{
    for (std::size_t i = 0; i < plan.lines.size(); ++i) {
        INFO("label line \"" << plan.lines[i].text << "\"");
        CHECK(plan.lines[i].rect.inside(plan.rect));
        for (std::size_t j = i + 1; j < plan.lines.size(); ++j) {
            INFO("and \"" << plan.lines[j].text << "\"");
            CHECK_FALSE(plan.lines[i].rect.intersects(plan.lines[j].rect));
        }
    }
}

}  // namespace

TEST_CASE("the plan of every route: every level, you are here, a patterned route, level changes, labels apart", "[wayfinding][map]")
{
    test::FixedMetrics metrics;
    const std::string site_dir = GENERATE(from_range(test::all_sites()));
    const content::Site site = test::load_valid_site(site_dir);
    const ui::Modes modes = GENERATE(ui::Modes{}, ui::Modes{ui::TextSize::Larger, ui::Contrast::Dark, false, false},
                                     ui::Modes{ui::TextSize::Standard, ui::Contrast::Light, true, false});
    const ui::Palette palette = ui::make_theme(modes).palette;
    const std::string lang = site.default_language;
    INFO("text size " << static_cast<int>(modes.text_size) << ", contrast " << static_cast<int>(modes.contrast));
    for (const content::Kiosk& kiosk : site.kiosks)
        for (const content::Service& service : site.services)
            for (bool step_free : {false, true}) {
                INFO(site_dir << " from " << kiosk.id << " to " << service.id << (step_free ? " step-free" : ""));
                const ui::State state = map_state(site, kiosk.id, service.id, step_free, lang, modes);
                wayfinding::RoutingGraph graph(site.map, site.routing);
                auto route = wayfinding::plan_route(site, graph, kiosk.id, service.id,
                                                    step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Standard);
                const std::vector<std::string> path = route ? wayfinding::route_node_path(site.map, *route) : std::vector<std::string>{};
                const auto levels = ui::screens::plan_levels(site, kiosk, path);
                const auto pages = all_pages(state, site, metrics);
                const auto plans = test::all_plans(pages);
                REQUIRE(plans.size() == levels.size());  // every level, none missing, in travel order
                // Levels share a page in standard text when each stays readable; large text pages them.
                if (modes.text_size != ui::TextSize::Standard)
                    CHECK(pages.size() == levels.size());
                const std::string here = std::string(site.ui("map.you_are_here", lang));
                const content::Node* kiosk_node = site.map.find_node(kiosk.node);
                for (std::size_t p = 0; p < plans.size(); ++p) {
                    INFO("plan " << p << " level " << levels[p]);
                    const ui::Element* plan = plans[p].plan;
                    const ui::Frame& page = *plans[p].page;
                    REQUIRE(plan);
                    CHECK(plan->role == ui::Role::Image);
                    CHECK_FALSE(plan->spoken.empty());
                    REQUIRE(page.find("map.legend"));
                    CHECK(plan->font_px == page.find("map.legend")->font_px);  // labels at the mode's text size
                    for (const ui::Shape& shape : plan->shapes)
                        CHECK(inside(shape, plan->rect));
                    CHECK(plan->rect.inside(ui::Rect{0, 0, page.width, page.height}));
                    check_labels_apart(*plan);
                    CHECK(has_line(*plan, here) == (kiosk_node->level == levels[p]));
                    if (!route)
                        continue;
                    bool dashed_route = false;
                    bool corridor = false;
                    for (const ui::Shape& shape : plan->shapes) {
                        dashed_route = dashed_route || (shape.kind == ui::ShapeKind::Polyline && !shape.dash.empty() && shape.color == palette.plan_route);
                        corridor = corridor || (shape.kind == ui::ShapeKind::Polyline && shape.dash.empty() && shape.color == palette.plan_corridor);
                    }
                    CHECK(dashed_route);
                    CHECK(corridor);
                    CHECK(palette.plan_route != palette.plan_corridor);
                    if (p + 1 < plans.size()) {
                        // Leaving this level: "Ascenseur → niveau 2" (or the stairs) at the landing.
                        const std::string number = site.level_label(*site.map.find_level(levels[p + 1]), lang);
                        bool marked = false;
                        for (const char* key : {"map.lift_to", "map.stairs_to", "map.escalator_to"}) {
                            std::string label(site.ui(key, lang));
                            label.replace(label.find("{number}"), 8, number);
                            marked = marked || has_line(*plan, label);
                        }
                        CHECK(marked);
                    } else {
                        std::string arrival(site.ui("map.destination", lang));
                        CHECK(has_line(*plan, arrival.substr(0, arrival.find("{place}"))));
                    }
                }
            }
}

TEST_CASE("the plan's lines contrast with the background: 3:1 for lines, 7:1 in high contrast", "[wayfinding][map][R-40]")
{
    for (ui::Contrast contrast : {ui::Contrast::Standard, ui::Contrast::Dark, ui::Contrast::Light}) {
        const ui::Palette p = ui::make_theme({ui::TextSize::Standard, contrast, false, false}).palette;
        const double line_minimum = contrast == ui::Contrast::Standard ? 3.0 : 7.0;
        CHECK(ui::contrast_ratio(p.plan_corridor, p.background) >= line_minimum);
        CHECK(ui::contrast_ratio(p.plan_route, p.background) >= line_minimum);
        CHECK(ui::contrast_ratio(p.plan_here, p.background) >= line_minimum);
        CHECK(p.plan_route != p.plan_corridor);
    }
}

TEST_CASE("the plan summary says where you are and where the route leads", "[wayfinding][map][R-70]")
{
    test::FixedMetrics metrics;
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    const auto pages = all_pages(map_state(site, "hall", "naturalisation", true, "fr"), site, metrics);
    const auto plans = test::all_plans(pages);
    REQUIRE(plans.size() == 2);
    // Both levels on one screen: where the lift leads is seen at once.
    CHECK(pages.size() == 1);
    const std::string first = plans[0].plan->spoken;
    CHECK(first.rfind("Plan du niveau 0. Vous êtes ici. À côté : ", 0) == 0);
    CHECK(first.find("Pour aller au niveau 2, l'itinéraire passe par l'ascenseur A.") != std::string::npos);
    const std::string second = plans[1].plan->spoken;
    CHECK(second.rfind("Plan du niveau 2. Vous arrivez par l'ascenseur A.", 0) == 0);
    CHECK(second.find("Votre destination est sur ce niveau : ") != std::string::npos);
    // The keypad stops on the plan and reads its summary.
    bool read = false;
    for (const ui::Element* e : pages[0].reading_order())
        read = read || e->id == "map.plan";
    CHECK(read);
}

TEST_CASE("the map opens from the directions, keeps the step-free choice, and Back returns to the directions", "[wayfinding][map][ui]")
{
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    test::FixedMetrics metrics;
    ui::State state = ui::initial_state("fr");
    state = ui::apply(state, ui::OpenDirections{"naturalisation"});
    state = ui::apply(state, ui::ToggleStepFree{});
    ui::Frame directions = ui::render(state, site, ui::DeviceProfile{}, metrics);
    const ui::Element* button = directions.find("directions.map");
    REQUIRE(button);
    REQUIRE(button->action);
    state = ui::apply(state, *button->action);
    CHECK(state.place.screen == ui::ScreenId::Map);
    CHECK(state.place.step_free);
    CHECK(ui::render(state, site, ui::DeviceProfile{}, metrics).screen == "map");
    state = ui::apply(state, ui::Back{});
    CHECK(state.place.screen == ui::ScreenId::Directions);
    CHECK(state.place.step_free);
}

TEST_CASE("a QR code of the route page is on the directions only when the kiosk has a hub", "[wayfinding][qr]")
{
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    test::FixedMetrics metrics;
    auto qr_of = [&](const std::string& base, const std::string& lang, bool step_free, bool easy) -> std::optional<ui::Element> {
        ui::Modes modes;
        modes.easy_read = easy;
        ui::State state = ui::initial_state(lang, modes);
        state.kiosk = "etage-1";
        state.route_page_base = base;
        state = ui::apply(state, ui::OpenDirections{"permis-conduire"});
        if (step_free)
            state = ui::apply(state, ui::ToggleStepFree{});
        for (const ui::Frame& page : all_pages(state, site, metrics))
            if (const ui::Element* qr = page.find("directions.qr"))
                return *qr;
        return std::nullopt;
    };
    CHECK_FALSE(qr_of("", "fr", false, false));
    auto qr = qr_of("https://hub.example/", "fr", false, false);
    REQUIRE(qr);
    CHECK(qr->qr_text == "https://hub.example/r/prefecture-44/etage-1/permis-conduire?lang=fr");
    CHECK(qr->role == ui::Role::Image);
    CHECK(qr->spoken == std::string(site.ui("qr.image", "fr")));
    CHECK(ui::DeviceProfile{}.mm(qr->rect.w) >= 40.0);
    CHECK(qr_of("https://hub.example", "ar", true, false)->qr_text == "https://hub.example/r/prefecture-44/etage-1/permis-conduire?lang=ar&step_free=1");
    CHECK(qr_of("http://10.0.0.2:8460", "en", false, true)->qr_text == "http://10.0.0.2:8460/r/prefecture-44/etage-1/permis-conduire?lang=en&easy=1");
}

TEST_CASE("route page addresses are short and encoded", "[qr]")
{
    CHECK(ui::route_page_url("", {"s", "k", "v", "fr"}).empty());
    CHECK(ui::route_page_url("https://h.example//", {"s", "k", "v", "fr"}) == "https://h.example/r/s/k/v?lang=fr");
    CHECK(ui::route_page_url("https://h.example", {"s", "k 1/", "v", "fr", true, true}) == "https://h.example/r/s/k%201%2F/v?lang=fr&step_free=1&easy=1");
}

TEST_CASE("the frame's JSON carries shapes and the QR payload", "[map][ui]")
{
    ui::Frame frame;
    ui::Element e;
    e.id = "x";
    e.qr_text = "https://h.example/r/s/k/v?lang=fr";
    e.shapes.push_back({ui::ShapeKind::Polyline, {{1, 2}, {3, 4}}, 8, ui::from_hex(0x1A3A6B), {20, 10}});
    frame.elements.push_back(e);
    const std::string json = ui::frame_to_json(frame);
    CHECK(json.find("\"qr_text\": \"https://h.example/r/s/k/v?lang=fr\"") != std::string::npos);
    CHECK(json.find("\"kind\": \"polyline\"") != std::string::npos);
    CHECK(json.find("\"dash\"") != std::string::npos);
}

TEST_CASE("labels on the plan start with a capital in every script that has one", "[map]")
{
    CHECK(ui::screens::capitalize_first("la banque d'accueil") == "La banque d'accueil");
    CHECK(ui::screens::capitalize_first("émile") == "Émile");
    CHECK(ui::screens::capitalize_first("синя лавка") == "Синя лавка");
    CHECK(ui::screens::capitalize_first("їдальня") == "Їдальня");
    CHECK(ui::screens::capitalize_first("المصعد") == "المصعد");
}

TEST_CASE("a service the agents moved is routed to where it is now, on the directions and the map", "[wayfinding][map]")
{
    content::Site site = test::load_valid_site("config/sites/prefecture-44");
    content::ServiceStatus moved;
    moved.state = content::ServiceState::Moved;
    moved.moved_to = "n-guichet-f";
    site.status.services["naturalisation"] = moved;
    test::FixedMetrics metrics;
    ui::State state = ui::initial_state("fr");
    state.local_time = "2026-11-26T10:00";
    state = ui::apply(state, ui::OpenDirections{"naturalisation"});
    std::string last;
    for (const ui::Frame& page : all_pages(state, site, metrics))
        for (const ui::Element& e : page.elements)
            if (e.id.rfind("directions.step.", 0) == 0)
                last = e.text;
    CHECK(last.find("Guichet F") != std::string::npos);
    state = ui::apply(state, ui::OpenMap{"naturalisation"});
    const auto pages = all_pages(state, site, metrics);
    CHECK(has_line(*test::all_plans(pages).back().plan, "Arrivée : Guichet F"));
}
