// Sessions end cleanly: a warning seen and heard, time to answer, then nothing of the visitor left.

#include "support/fixed_metrics.h"
#include "support/site_files.h"
#include "core/ui/kiosk_ui.h"
#include "core/ui/session.h"

#include <catch2/catch.hpp>

#include <set>

using namespace phare;

namespace {

const content::Site& tiny_site()
{
    static const content::Site site = *content::load_site(test::read_site("tests/fixtures/sites/tiny")).site;
    return site;
}

struct Kiosk {
    explicit Kiosk(ui::SessionPolicy policy = {})
        : ui(tiny_site(), ui::DeviceProfile{}, metrics, ui::initial_state(tiny_site().default_language, {}, policy))
    {
    }
    test::FixedMetrics metrics;
    ui::KioskUi ui;
    std::int64_t now = 0;

    ui::Effects at(std::int64_t ms, const ui::Input& input)
    {
        now = ms;
        ui.handle(ui::Tick{ms});
        return ui.handle(input);
    }
    ui::Effects tick(std::int64_t ms)
    {
        now = ms;
        return ui.handle(ui::Tick{ms});
    }
    // As a visitor does: turn the pages of a long screen until the control shows.
    void tap(std::int64_t ms, const std::string& id)
    {
        for (int turns = 0; !ui.frame().find(id) && turns < 10; ++turns) {
            const ui::Element* next = ui.frame().find("page.next");
            REQUIRE(next);
            at(ms, ui::Tap{next->rect.x + next->rect.w / 2, next->rect.y + next->rect.h / 2});
        }
        const ui::Element* e = ui.frame().find(id);
        REQUIRE(e);
        at(ms, ui::Tap{e->rect.x + e->rect.w / 2, e->rect.y + e->rect.h / 2});
    }
};

bool has_earcon(const ui::Effects& effects, ui::Earcon earcon)
{
    for (const auto& effect : effects)
        if (auto* e = std::get_if<ui::PlayEarcon>(&effect); e && e->earcon == earcon)
            return true;
    return false;
}

}  // namespace

TEST_CASE("R-55 an untouched kiosk never times out and needs no timer", "[ui][session]")
{
    Kiosk kiosk;
    CHECK_FALSE(kiosk.ui.next_deadline());
    kiosk.tick(10 * 60 * 1000);
    CHECK_FALSE(kiosk.ui.state().timeout_warning);
}

TEST_CASE("R-55 inactivity brings a warning seen and heard, and any touch answers it without acting", "[ui][session]")
{
    Kiosk kiosk;
    kiosk.tap(1000, "service." + tiny_site().services[0].id);
    REQUIRE(kiosk.ui.next_deadline() == 1000 + 60000);
    CHECK_FALSE(kiosk.ui.state().timeout_warning);
    auto effects = kiosk.tick(61000);
    CHECK(kiosk.ui.state().timeout_warning);
    CHECK(has_earcon(effects, ui::Earcon::TimeoutWarning));
    REQUIRE(kiosk.ui.frame().find("session.warning"));
    CHECK(kiosk.ui.frame().find("session.continue")->focusable);
    // Any touch continues, wherever it lands, and lands nowhere else.
    kiosk.at(70000, ui::Tap{5, kiosk.ui.frame().height - 5});
    CHECK_FALSE(kiosk.ui.state().timeout_warning);
    CHECK(kiosk.ui.frame().screen == "service");
    CHECK(kiosk.ui.next_deadline() == 70000 + 60000);
}

TEST_CASE("R-55 R-01 a visitor using the keypad hears the warning, and a visitor using touch only sees it", "[ui][session]")
{
    const std::string warning(tiny_site().ui("session.still_here", tiny_site().default_language));
    auto spoken = [](const ui::Effects& effects) {
        std::string said;
        for (const ui::Effect& effect : effects)
            if (const auto* speak = std::get_if<ui::Speak>(&effect))
                said += speak->text + "\n";
        return said;
    };
    Kiosk blind;
    blind.at(1000, ui::KeyPress{ui::Key::Down});  // guidance on
    blind.at(2000, ui::KeyPress{ui::Key::Down});
    const std::string heard = spoken(blind.tick(2000 + 60000));
    REQUIRE(blind.ui.state().timeout_warning);
    CHECK(heard.find(warning) != std::string::npos);
    CHECK(blind.ui.state().focus == "session.warning");  // Enter or any key answers from there

    Kiosk sighted;
    sighted.tap(1000, "service." + tiny_site().services[0].id);
    CHECK(spoken(sighted.tick(1000 + 60000)).empty());  // silent guidance stays silent: the chime is enough
    CHECK(sighted.ui.state().timeout_warning);
}

TEST_CASE("R-55 the visitor has at least 20 seconds to answer the warning", "[ui][session]")
{
    Kiosk kiosk;
    CHECK(kiosk.ui.state().policy.warning_ms >= 20000);
    kiosk.tap(0, "service." + tiny_site().services[0].id);
    kiosk.tick(60000);
    kiosk.tick(60000 + 19999);
    CHECK(kiosk.ui.state().timeout_warning);
    CHECK(kiosk.ui.frame().screen == "service");
    kiosk.at(60000 + 19999, ui::KeyPress{ui::Key::Down});
    CHECK_FALSE(kiosk.ui.state().timeout_warning);
}

TEST_CASE("R-75 at session end every personal choice is reset", "[ui][session]")
{
    Kiosk kiosk;
    kiosk.tap(0, "lang.ar");
    kiosk.tap(100, "a11y.open");
    kiosk.tap(200, "a11y.size.large");
    kiosk.tap(300, "a11y.contrast.dark");
    kiosk.tap(400, "a11y.easy");
    REQUIRE(kiosk.ui.state().lang == "ar");
    REQUIRE_FALSE(kiosk.ui.state().history.empty());
    kiosk.tick(400 + 60000);
    auto effects = kiosk.tick(400 + 60000 + 30000);
    const ui::State& s = kiosk.ui.state();
    CHECK(s.lang == tiny_site().default_language);
    CHECK(s.modes == ui::Modes{});
    CHECK(s.history.empty());
    CHECK(s.focus.empty());
    CHECK_FALSE(s.in_session);
    CHECK(kiosk.ui.frame().screen == "welcome");
    CHECK(kiosk.ui.frame().direction == content::TextDirection::LeftToRight);
    CHECK_FALSE(kiosk.ui.next_deadline());
}

TEST_CASE("R-53 the double-strike filter ignores a second press inside its time, and only then", "[ui][session]")
{
    // How many items the focus moved for two Down presses `gap_ms` apart.
    auto moves = [](std::int64_t filter_ms, std::int64_t gap_ms) {
        ui::SessionPolicy policy;
        policy.double_strike_ms = filter_ms;
        Kiosk kiosk(policy);
        kiosk.at(0, ui::KeyPress{ui::Key::Enter});  // guidance on, on the title
        auto index_of_focus = [&] {
            auto order = kiosk.ui.frame().reading_order();
            for (std::size_t i = 0; i < order.size(); ++i)
                if (order[i]->id == kiosk.ui.state().focus)
                    return static_cast<int>(i);
            return -100;
        };
        const int start = index_of_focus();
        kiosk.at(1000, ui::KeyPress{ui::Key::Down});
        kiosk.at(1000 + gap_ms, ui::KeyPress{ui::Key::Down});
        return index_of_focus() - start;
    };
    CHECK(moves(500, 300) == 1);
    CHECK(moves(500, 600) == 2);
    CHECK(moves(0, 10) == 2);
}

TEST_CASE("R-02 the accessibility choices open from the keypad in one press, from any screen", "[ui]")
{
    Kiosk kiosk;
    kiosk.tap(0, "service." + tiny_site().services[0].id);
    kiosk.at(100, ui::KeyPress{ui::Key::Accessibility});
    CHECK(kiosk.ui.frame().screen == "accessibility");
    CHECK_FALSE(kiosk.ui.state().focus.empty());
}

TEST_CASE("R-54 focus can always leave: from help, Down reaches the footer and Back closes it", "[ui]")
{
    Kiosk kiosk;
    kiosk.at(0, ui::KeyPress{ui::Key::Help});
    REQUIRE(kiosk.ui.state().help_open);
    kiosk.at(50, ui::KeyPress{ui::Key::Down});  // guidance on
    std::set<std::string> visited;
    for (int i = 0; i < 20; ++i) {
        kiosk.at(100 + i, ui::KeyPress{ui::Key::Down});
        visited.insert(kiosk.ui.state().focus);
    }
    CHECK(visited.count("help.close") == 1);
    CHECK(visited.count("nav.help") == 1);
    kiosk.at(200, ui::KeyPress{ui::Key::Back});
    CHECK_FALSE(kiosk.ui.state().help_open);
    CHECK(visited.count("help.text") == 1);  // the help is read, not only its button
}

TEST_CASE("R-05 a headset on the attract screen gets one idle hint after 5 s, shown too, never looped", "[ui][session][speech]")
{
    Kiosk kiosk;
    CHECK_FALSE(kiosk.ui.next_deadline());  // loudspeaker only: no hint is ever due
    kiosk.ui.handle(ui::HeadsetChanged{true});
    CHECK(kiosk.ui.state().audio.output == a11y::AudioOutput::Headset);
    REQUIRE(kiosk.ui.next_deadline() == 5000);
    CHECK(kiosk.tick(4999).empty());
    auto effects = kiosk.tick(5000);
    bool hinted = false;
    for (const auto& effect : effects)
        if (const auto* speak = std::get_if<ui::Speak>(&effect))
            hinted = hinted || speak->text == tiny_site().ui("speech.idle_hint", "fr");
    CHECK(hinted);
    REQUIRE(kiosk.ui.frame().find("caption"));
    CHECK(kiosk.ui.frame().find("caption")->text == tiny_site().ui("speech.idle_hint", "fr"));
    CHECK_FALSE(kiosk.ui.next_deadline());
    CHECK(kiosk.tick(60000).empty());
}

TEST_CASE("R-26 R-32 the keypad toggles private listening, pulling the headset restores the safe volume", "[ui][session][speech]")
{
    Kiosk kiosk;
    kiosk.at(0, ui::KeyPress{ui::Key::Headset});
    CHECK(kiosk.ui.state().audio.output == a11y::AudioOutput::Headset);
    for (int i = 0; i < 5; ++i)
        kiosk.at(10 + i, ui::KeyPress{ui::Key::VolumeUp});
    CHECK(kiosk.ui.state().audio.volume_step > a11y::default_volume_step);
    kiosk.ui.handle(ui::HeadsetChanged{false});
    CHECK(kiosk.ui.state().audio.output == a11y::AudioOutput::Speaker);
    CHECK(kiosk.ui.state().audio.volume_step == a11y::default_volume_step);
}
