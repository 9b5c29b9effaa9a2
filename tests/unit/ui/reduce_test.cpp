// The UI loop without a screen: touch and keypad reach the same places.

#include "support/test_kiosk.h"
#include "core/ui/reduce.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace phare;

namespace {

using Kiosk = test::TestKiosk;
using test::tiny_site;

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

namespace {

bool says(const ui::Effects& effects, std::string_view words)
{
    for (const auto& effect : effects)
        if (auto* speak = std::get_if<ui::Speak>(&effect); speak && speak->text.find(words) != std::string::npos)
            return true;
    return false;
}

std::vector<std::pair<std::string, std::string>> reading(const ui::Frame& frame)
{
    // Copies: the frame is rebuilt by each input.
    std::vector<std::pair<std::string, std::string>> order;
    for (const auto* element : frame.reading_order())
        order.emplace_back(element->id, element->spoken);
    return order;
}

}  // namespace

TEST_CASE("R-02 the first keypad press turns guidance on and reads where the visitor is, without acting", "[ui][speech]")
{
    Kiosk kiosk;
    REQUIRE_FALSE(kiosk.ui.state().modes.speech);
    auto effects = kiosk.key(ui::Key::Enter);
    CHECK(kiosk.ui.state().modes.speech);
    CHECK(kiosk.ui.frame().screen == "welcome");
    CHECK(kiosk.ui.state().focus == "welcome.title");
    CHECK(says(effects, tiny_site().ui("speech.guidance_on", "fr").substr(0, 10)));
    CHECK(says(effects, tiny_site().ui("welcome.title", "fr")));
}

TEST_CASE("R-01 Up and Down walk every readable item in reading order and say each one", "[ui][speech]")
{
    Kiosk kiosk;
    kiosk.key(ui::Key::Down);  // guidance on, on the title
    auto order = reading(kiosk.ui.frame());
    auto here = std::find_if(order.begin(), order.end(), [&](const auto& item) { return item.first == kiosk.ui.state().focus; });
    REQUIRE(here != order.end());
    std::size_t index = static_cast<std::size_t>(here - order.begin());
    REQUIRE(index + 2 < order.size());
    auto effects = kiosk.key(ui::Key::Down);
    CHECK(kiosk.ui.state().focus == order[index + 1].first);
    CHECK(says(effects, order[index + 1].second));
    CHECK(kiosk.ui.frame().find(order[index + 1].first)->focused);
    kiosk.key(ui::Key::Up);
    CHECK(kiosk.ui.state().focus == order[index].first);
    // Text between the buttons is read too: the prompt is not actionable but is in the order.
    bool has_text = false;
    for (const auto& item : order)
        has_text = has_text || !kiosk.ui.frame().find(item.first)->action;
    CHECK(has_text);
}

TEST_CASE("at the first item Up stays and says where the visitor is", "[ui][speech]")
{
    Kiosk kiosk;
    kiosk.key(ui::Key::Down);
    for (int i = 0; i < 10; ++i)
        kiosk.key(ui::Key::Up);
    auto first = kiosk.ui.state().focus;
    CHECK(first == reading(kiosk.ui.frame()).front().first);
    auto effects = kiosk.key(ui::Key::Up);
    CHECK(kiosk.ui.state().focus == first);
    REQUIRE(std::holds_alternative<ui::PlayEarcon>(effects.front()));
    CHECK(std::get<ui::PlayEarcon>(effects.front()).earcon == ui::Earcon::NoAction);
    CHECK(says(effects, tiny_site().ui("speech.first_item", "fr")));
}

TEST_CASE("R-13 Enter on text repeats it", "[ui][speech]")
{
    Kiosk kiosk;
    kiosk.key(ui::Key::Down);
    REQUIRE(kiosk.ui.state().focus == "welcome.title");
    auto effects = kiosk.key(ui::Key::Enter);
    CHECK(kiosk.ui.frame().screen == "welcome");
    CHECK(says(effects, tiny_site().ui("speech.repeating", "fr")));
}

TEST_CASE("R-30 volume keys change the volume in steps, say it, and name the limits", "[ui][speech]")
{
    Kiosk kiosk;
    const int start = kiosk.ui.state().audio.volume_step;
    auto effects = kiosk.key(ui::Key::VolumeUp);
    CHECK(kiosk.ui.state().audio.volume_step == start + 1);
    CHECK(says(effects, "Volume"));
    for (int i = 0; i < 20; ++i)
        effects = kiosk.key(ui::Key::VolumeUp);
    CHECK(kiosk.ui.state().audio.gain_db() == 0);
    CHECK(says(effects, tiny_site().ui("speech.volume_max", "fr")));
    for (int i = 0; i < 20; ++i)
        effects = kiosk.key(ui::Key::VolumeDown);
    CHECK(says(effects, tiny_site().ui("speech.volume_min", "fr")));
    // at least 18 dB of range and a step 12 dB above the lowest.
    const auto& table = a11y::volume_gain_db;
    CHECK(table.back() - table.front() >= 18);
    CHECK(std::find(table.begin(), table.end(), table.front() + 12) != table.end());
}

TEST_CASE("R-07 touch exploration reads what is under the finger and never acts", "[ui][speech]")
{
    Kiosk kiosk;
    struct Target {
        std::string id, spoken;
        ui::Rect rect;
    };
    std::vector<Target> targets;  // copies: the frame is rebuilt by each input
    for (const auto* element : kiosk.ui.frame().focus_order())
        targets.push_back({element->id, element->spoken, element->rect});
    for (const auto& [id, spoken, rect] : targets) {
        const auto place = kiosk.ui.state().place;
        auto effects = kiosk.ui.handle(ui::Explore{rect.x + 2, rect.y + 2});
        CHECK(kiosk.ui.state().place == place);
        CHECK(kiosk.ui.state().focus == id);
        INFO(id);
        CHECK(says(effects, spoken));
    }
    CHECK(kiosk.ui.state().modes.speech);
}

namespace {

// The earcon exploring plays on reaching the element `id` (the finger rests on its top-left corner).
std::optional<ui::Earcon> explore_earcon(Kiosk& kiosk, const std::string& id)
{
    const ui::Element* element = kiosk.ui.frame().find(id);
    REQUIRE(element);
    const ui::Rect rect = element->rect;
    for (const auto& effect : kiosk.ui.handle(ui::Explore{rect.x + 2, rect.y + 2}))
        if (const auto* earcon = std::get_if<ui::PlayEarcon>(&effect))
            return earcon->earcon;
    return std::nullopt;
}

}  // namespace

TEST_CASE("R-07 touch exploration sounds one earcon on a control and another on text", "[ui][speech]")
{
    Kiosk kiosk;
    // The first control and the first text that only reads, on the welcome screen.
    std::string control, text;
    for (const auto* element : kiosk.ui.frame().reading_order()) {
        if (element->action && control.empty())
            control = element->id;
        if (!element->action && text.empty())
            text = element->id;
    }
    REQUIRE_FALSE(control.empty());
    REQUIRE_FALSE(text.empty());
    const auto on_control = explore_earcon(kiosk, control);
    const auto on_text = explore_earcon(kiosk, text);
    const auto back_on_control = explore_earcon(kiosk, control);
    INFO(control << " / " << text);
    REQUIRE(on_control);
    REQUIRE(on_text);
    CHECK(*on_control != *on_text);
    CHECK(*on_control == ui::Earcon::Move);
    CHECK(*on_text == ui::Earcon::MoveToText);
    CHECK(back_on_control == on_control);
}

TEST_CASE("R-12 a tap silences speech before anything else", "[ui][speech]")
{
    Kiosk kiosk;
    const auto* service = kiosk.ui.frame().find("service." + tiny_site().services[0].id);
    auto effects = kiosk.ui.handle(ui::Tap{service->rect.x + 5, service->rect.y + 5});
    REQUIRE_FALSE(effects.empty());
    CHECK(std::holds_alternative<ui::StopSpeech>(effects.front()));
}

TEST_CASE("Enter on a focused service opens it and the keypad lands on the new screen's heading", "[ui][speech]")
{
    Kiosk kiosk;
    const std::string target = "service." + tiny_site().services[1].id;
    for (int i = 0; i < 40 && kiosk.ui.state().focus != target; ++i)
        kiosk.key(ui::Key::Down);
    REQUIRE(kiosk.ui.state().focus == target);
    auto effects = kiosk.key(ui::Key::Enter);
    CHECK(kiosk.ui.frame().screen == "service");
    CHECK(kiosk.ui.state().focus == "service.name");
    CHECK(says(effects, kiosk.ui.frame().find("service.name")->text));
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

TEST_CASE("help has layers: this screen, then the keys, then the choices, Back leaves from any layer", "[ui]")
{
    Kiosk kiosk;
    kiosk.tap("service." + tiny_site().services[0].id);
    kiosk.tap("nav.help");
    const std::string first = kiosk.ui.frame().find("help.text")->text;
    CHECK(first == tiny_site().ui("help.service", "fr"));
    kiosk.tap("help.more");
    CHECK(kiosk.ui.frame().find("help.text")->text == tiny_site().ui("help.keys", "fr"));
    kiosk.tap("help.more");
    CHECK(kiosk.ui.frame().find("help.text")->text == tiny_site().ui("help.accessibility", "fr"));
    CHECK_FALSE(kiosk.ui.frame().find("help.more"));
    kiosk.key(ui::Key::Back);
    CHECK_FALSE(kiosk.ui.state().help_open);
    CHECK(kiosk.ui.frame().screen == "service");
    kiosk.tap("nav.help");
    CHECK(kiosk.ui.frame().find("help.text")->text == first);  // a new help starts at its first layer
}
