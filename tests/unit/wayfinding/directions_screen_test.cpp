// The directions screen, headless: reached from a service, one numbered step per line, the
// step-free choice reroutes, and large text pages the steps instead of losing them.

#include "support/fixed_metrics.h"
#include "support/map_pages.h"
#include "support/site_files.h"
#include "core/ui/kiosk_ui.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"

#include <catch2/catch.hpp>

#include <set>

using namespace phare;

namespace {

const content::Site& example_site()
{
    static const content::Site site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    return site;
}

std::vector<std::string> step_texts(const ui::Frame& frame)
{
    std::vector<std::string> texts;
    for (const ui::Element& element : frame.elements)
        if (element.id.rfind("directions.step.", 0) == 0)
            texts.push_back(element.text);
    return texts;
}

ui::State directions_state(const std::string& kiosk, const std::string& service, bool step_free, ui::Modes modes = {})
{
    ui::State state = ui::initial_state("fr", modes);
    state.kiosk = kiosk;
    state = ui::apply(state, ui::OpenDirections{service});
    if (step_free)
        state = ui::apply(state, ui::ToggleStepFree{});
    return state;
}

}  // namespace

TEST_CASE("the service screen opens the directions from this kiosk", "[wayfinding][ui]")
{
    test::FixedMetrics metrics;
    ui::State state = ui::initial_state("fr");
    state.kiosk = "etage-1";
    ui::KioskUi kiosk(example_site(), ui::DeviceProfile{}, metrics, state);
    const ui::Element* service = kiosk.frame().find("service.permis-conduire");
    REQUIRE(service);
    kiosk.handle(ui::Tap{service->rect.x + service->rect.w / 2, service->rect.y + service->rect.h / 2});
    const ui::Element* button = kiosk.frame().find("service.directions");
    REQUIRE(button);
    kiosk.handle(ui::Tap{button->rect.x + button->rect.w / 2, button->rect.y + button->rect.h / 2});
    CHECK(kiosk.frame().screen == "directions");
    auto steps = step_texts(kiosk.frame());
    REQUIRE_FALSE(steps.empty());
    CHECK(steps.front().rfind("1. Vous êtes devant la borne du 1er étage", 0) == 0);
}

TEST_CASE("the step-free choice shows the route through the lift", "[wayfinding][ui]")
{
    test::FixedMetrics metrics;
    auto text_of = [&](bool step_free) {
        ui::Frame frame = ui::render(directions_state("hall", "permis-conduire", step_free), example_site(), ui::DeviceProfile{}, metrics);
        std::string all;
        for (const ui::Element& element : frame.elements)
            all += element.text + "\n";
        return all;
    };
    CHECK(text_of(false).find("escalier") != std::string::npos);
    CHECK(text_of(true).find("ascenseur A jusqu'au niveau 1") != std::string::npos);
    CHECK(text_of(true).find("Montez") == std::string::npos);
}

TEST_CASE("in the largest text the steps are paged, none is lost", "[wayfinding][ui]")
{
    test::FixedMetrics metrics;
    ui::Modes large;
    large.text_size = ui::TextSize::Larger;
    ui::State state = directions_state("etage-1", "titres-sejour", true, large);
    std::set<std::string> seen;
    for (int page = 0; page < 20; ++page) {
        state.place.page = page;
        ui::Frame frame = ui::render(state, example_site(), ui::DeviceProfile{}, metrics);
        for (const ui::Element& element : frame.elements)
            if (element.id.rfind("directions.step.", 0) == 0) {
                seen.insert(element.id);
                CHECK(element.rect.y + element.rect.h <= frame.height);
            }
        if (!frame.find("page.next"))
            break;
    }
    CHECK(seen.size() == 13);  // start, 11 steps, arrival (see the golden texts)
}

namespace {

ui::Frame directions_frame(const std::string& lang, const std::string& kiosk, const std::string& service, bool step_free,
                           ui::Modes modes = {})
{
    static test::FixedMetrics metrics;
    ui::State state = directions_state(kiosk, service, step_free, modes);
    state.lang = lang;
    return ui::render(state, example_site(), ui::DeviceProfile{}, metrics);
}

// Every page of the directions as one list of elements (positions are per page).
ui::Frame whole_directions(const std::string& lang, const std::string& kiosk, const std::string& service, bool step_free,
                           ui::Modes modes = {})
{
    static test::FixedMetrics metrics;
    ui::State state = directions_state(kiosk, service, step_free, modes);
    state.lang = lang;
    ui::Frame whole;
    for (const ui::Frame& page : test::all_pages(state, example_site(), metrics)) {
        whole.width = page.width;
        whole.height = page.height;
        whole.elements.insert(whole.elements.end(), page.elements.begin(), page.elements.end());
    }
    return whole;
}

}  // namespace

TEST_CASE("before the steps, a summary counts them and says whether the way has stairs", "[wayfinding][ui]")
{
    const ui::Frame stairs = whole_directions("fr", "hall", "permis-conduire", false);
    const ui::Element* route = stairs.find("directions.summary.route");
    const ui::Element* climb = stairs.find("directions.summary.climb");
    REQUIRE(route);
    REQUIRE(climb);
    // The count is the count of numbered lines below it, start and arrival included.
    const std::size_t lines = step_texts(stairs).size();
    CHECK(route->text.rfind(std::to_string(lines) + " étapes · ", 0) == 0);
    CHECK(route->text.find(" mètres · environ ") != std::string::npos);
    CHECK(route->spoken.find("·") == std::string::npos);
    // The grand staircase is a long flight: named, not counted.
    CHECK(climb->text.rfind("Un escalier sur le trajet.", 0) == 0);
    const ui::Frame first_page = directions_frame("fr", "hall", "permis-conduire", false);
    REQUIRE(first_page.find("directions.summary.climb"));
    // On the first page, before the step-free switch and the steps.
    if (const ui::Element* first_step = first_page.find("directions.step.1"))
        CHECK(first_page.find("directions.summary.climb")->rect.y < first_step->rect.y);

    const ui::Frame step_free = directions_frame("fr", "hall", "permis-conduire", true);
    REQUIRE(step_free.find("directions.summary.climb"));
    CHECK(step_free.find("directions.summary.climb")->text == "Sans marches sur le trajet.");

    ui::Modes easy;
    easy.easy_read = true;
    const ui::Frame easy_frame = directions_frame("fr", "hall", "permis-conduire", false, easy);
    REQUIRE(easy_frame.find("directions.summary.route"));
    CHECK(easy_frame.find("directions.summary.route")->text.find("mètres") == std::string::npos);
}

TEST_CASE("every step has a picture of what to do, never mirrored away from its words", "[wayfinding][ui]")
{
    for (const std::string lang : {"fr", "ar"}) {
        const ui::Frame frame = whole_directions(lang, "hall", "permis-conduire", false);
        const std::vector<std::string> steps = step_texts(frame);
        REQUIRE(steps.size() >= 3);
        bool stairs_pictured = false;
        for (std::size_t i = 1; i <= steps.size(); ++i) {
            const ui::Element* words = frame.find("directions.step." + std::to_string(i));
            const ui::Element* icon = frame.find("directions.icon." + std::to_string(i));
            REQUIRE(words);
            REQUIRE(icon);
            CHECK(icon->image.rfind("asset:", 0) == 0);
            CHECK(icon->spoken.empty());  // decoration: the words say it
            // The picture sits on the side the reading starts from.
            if (lang == "ar")
                CHECK(icon->rect.x >= words->rect.x + words->rect.w);
            else
                CHECK(icon->rect.x + icon->rect.w <= words->rect.x);
            if (icon->image == "asset:pictograms/stairs.svg")
                stairs_pictured = true;
        }
        CHECK(stairs_pictured);
        CHECK(frame.find("directions.icon.1")->image == "asset:icons/you-are-here.svg");
        CHECK(frame.find("directions.icon." + std::to_string(steps.size()))->image == "asset:icons/arrival.svg");
    }
}

TEST_CASE("the plan of the visitor's level comes before the steps and opens the full plan; large text has the plain button", "[wayfinding][ui]")
{
    const ui::Frame standard = directions_frame("fr", "hall", "permis-conduire", false);
    const ui::Element* plan = standard.find("directions.map");
    REQUIRE(plan);
    CHECK_FALSE(plan->shapes.empty());  // the route drawn on the plan
    CHECK(plan->focusable);
    REQUIRE(plan->action);
    CHECK(std::holds_alternative<ui::OpenMap>(*plan->action));
    CHECK(plan->spoken == "Voir le plan, bouton");
    REQUIRE_FALSE(plan->lines.empty());
    CHECK(plan->lines.back().text == "Voir le plan");  // written on it, not only said
    REQUIRE(standard.find("directions.step.1"));
    CHECK(plan->rect.y < standard.find("directions.step.1")->rect.y);

    ui::Modes large;
    large.text_size = ui::TextSize::Large;
    const ui::Frame big = directions_frame("fr", "hall", "permis-conduire", false, large);
    REQUIRE(big.find("directions.map"));
    CHECK(big.find("directions.map")->shapes.empty());
}
