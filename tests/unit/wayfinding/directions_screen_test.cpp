// The directions screen, headless: reached from a service, one numbered step per line, the
// step-free choice reroutes, and large text pages the steps instead of losing them.

#include "support/fixed_metrics.h"
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
