// The UI loop without a screen: touch and keypad reach the same places.

#include "support/fixed_metrics.h"
#include "support/site_files.h"
#include "ui/kiosk_ui.h"
#include "ui/reduce.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

const content::Site& tiny_site()
{
    static const content::Site site = *content::load_site(test::read_site("tests/fixtures/sites/tiny")).site;
    return site;
}

struct Kiosk {
    test::FixedMetrics metrics;
    ui::KioskUi ui{tiny_site(), ui::DeviceProfile{}, metrics, ui::initial_state(tiny_site().default_language)};

    void tap(const std::string& id)
    {
        const ui::Element* element = ui.frame().find(id);
        REQUIRE(element);
        ui.handle(ui::Tap{element->rect.x + element->rect.w / 2, element->rect.y + element->rect.h / 2});
    }
    ui::Effects key(ui::Key key) { return ui.handle(ui::KeyPress{key}); }
};

}  // namespace

TEST_CASE("tapping a service opens its page and Back returns to the welcome screen", "[ui]")
{
    Kiosk kiosk;
    const auto& service = tiny_site().services.front();
    kiosk.tap("service." + service.id);
    CHECK(kiosk.ui.frame().screen == "service");
    CHECK(kiosk.ui.state().place.service == service.id);
    kiosk.tap("nav.back");
    CHECK(kiosk.ui.frame().screen == "welcome");
}

TEST_CASE("tapping where nothing is does nothing", "[ui]")
{
    Kiosk kiosk;
    auto before = kiosk.ui.state().place;
    kiosk.ui.handle(ui::Tap{-5, -5});
    CHECK(kiosk.ui.state().place == before);
}

TEST_CASE("Down focuses actionable elements in reading order and says them", "[ui]")
{
    Kiosk kiosk;
    // Copies: the frame is rebuilt by each input.
    std::vector<std::pair<std::string, std::string>> order;
    for (const auto* element : kiosk.ui.frame().focus_order())
        order.emplace_back(element->id, element->spoken);
    REQUIRE(order.size() >= 3);
    auto effects = kiosk.key(ui::Key::Down);
    CHECK(kiosk.ui.state().focus == order[0].first);
    bool spoke = false;
    for (const auto& effect : effects)
        if (auto* speak = std::get_if<ui::Speak>(&effect))
            spoke = spoke || speak->text == order[0].second;
    CHECK(spoke);
    kiosk.key(ui::Key::Down);
    CHECK(kiosk.ui.state().focus == order[1].first);
    kiosk.key(ui::Key::Up);
    CHECK(kiosk.ui.state().focus == order[0].first);
    CHECK(kiosk.ui.frame().find(order[0].first)->focused);
}

TEST_CASE("at the first item Up stays and says where the visitor is", "[ui]")
{
    Kiosk kiosk;
    kiosk.key(ui::Key::Down);
    auto first = kiosk.ui.state().focus;
    auto effects = kiosk.key(ui::Key::Up);
    CHECK(kiosk.ui.state().focus == first);
    CHECK(std::holds_alternative<ui::PlayEarcon>(effects.front()));
    CHECK(std::get<ui::PlayEarcon>(effects.front()).earcon == ui::Earcon::NoAction);
}

TEST_CASE("Enter on a focused service opens it and the keypad lands on the new screen's first item", "[ui]")
{
    Kiosk kiosk;
    const std::string target = "service." + tiny_site().services[1].id;
    for (int i = 0; i < 40 && kiosk.ui.state().focus != target; ++i)
        kiosk.key(ui::Key::Down);
    REQUIRE(kiosk.ui.state().focus == target);
    kiosk.key(ui::Key::Enter);
    CHECK(kiosk.ui.frame().screen == "service");
    REQUIRE_FALSE(kiosk.ui.state().focus.empty());
    CHECK(kiosk.ui.state().focus == kiosk.ui.frame().focus_order().front()->id);
    kiosk.key(ui::Key::Back);
    CHECK(kiosk.ui.frame().screen == "welcome");
}

TEST_CASE("choosing a language changes every text and mirrors the layout for Arabic", "[ui]")
{
    Kiosk kiosk;
    const auto* french_title = kiosk.ui.frame().find("welcome.title");
    REQUIRE(french_title);
    const int french_x = french_title->rect.x;
    kiosk.tap("lang.ar");
    CHECK(kiosk.ui.state().lang == "ar");
    CHECK(kiosk.ui.frame().direction == content::TextDirection::RightToLeft);
    const auto* arabic_title = kiosk.ui.frame().find("welcome.title");
    CHECK(arabic_title->text == tiny_site().ui("welcome.title", "ar"));
    // Mirrored: the start edge is on the right.
    CHECK(arabic_title->rect.x + arabic_title->rect.w >= kiosk.ui.frame().width - french_x - 1);
    CHECK(arabic_title->lines.front().rect.right() > kiosk.ui.frame().width / 2);
}

TEST_CASE("Help opens an overlay that Back always closes", "[ui]")
{
    Kiosk kiosk;
    kiosk.key(ui::Key::Help);
    CHECK(kiosk.ui.state().help_open);
    CHECK(kiosk.ui.frame().find("help.text"));
    kiosk.key(ui::Key::Back);
    CHECK_FALSE(kiosk.ui.state().help_open);
    CHECK(kiosk.ui.frame().screen == "welcome");
}

TEST_CASE("Home clears the history", "[ui]")
{
    Kiosk kiosk;
    kiosk.tap("service." + tiny_site().services[0].id);
    kiosk.tap("a11y.open");
    CHECK(kiosk.ui.frame().screen == "accessibility");
    kiosk.tap("nav.home");
    CHECK(kiosk.ui.frame().screen == "welcome");
    CHECK(kiosk.ui.state().history.empty());
}
