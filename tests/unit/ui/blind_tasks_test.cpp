// every task can be done with the keypad and speech alone, screen covered. The harness
// presses keys like a blind visitor and judges only by what the kiosk says; it peeks at the state
// only to decide which key a visitor who heard the same words would press next.

#include "support/test_kiosk.h"
#include "ui/kiosk_ui.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace phare;

namespace {

using test::all_sites;

struct BlindVisitor {
    BlindVisitor(const content::Site& site, const std::string& lang)
        : ui(site, ui::DeviceProfile{}, metrics, ui::initial_state(lang))
    {
    }
    test::FixedMetrics metrics;
    ui::KioskUi ui;
    std::string heard;  // everything said, in order

    void press(ui::Key key)
    {
        for (const auto& effect : ui.handle(ui::KeyPress{key}))
            if (const auto* speak = std::get_if<ui::Speak>(&effect))
                heard += speak->text + "\n";
    }
    const std::string& focus() const { return ui.state().focus; }

    // Down through the screen until `id` is focused, turning pages when the list goes on.
    bool reach(const std::string& id)
    {
        for (int presses = 0; presses < 300; ++presses) {
            if (focus() == id)
                return true;
            const std::string before = focus();
            press(ui::Key::Down);
            if (focus() == before) {  // the end of the page: "next page" is the way on
                if (!ui.frame().find("page.next"))
                    return false;
                while (focus() != "page.next" && presses++ < 300)
                    press(ui::Key::Up);
                press(ui::Key::Enter);
            }
        }
        return false;
    }
    // Down to the end of the screen, hearing everything on it, page after page.
    void listen_to_the_end()
    {
        for (int presses = 0; presses < 300; ++presses) {
            const std::string before = focus();
            press(ui::Key::Down);
            if (focus() != before)
                continue;
            if (!ui.frame().find("page.next"))
                return;
            while (focus() != "page.next" && presses++ < 300)
                press(ui::Key::Up);
            press(ui::Key::Enter);
        }
    }
};

}  // namespace

TEST_CASE("R-01 a blind visitor finds every service and hears where it is and when it opens, in every language", "[ui][speech][blind]")
{
    const std::string site_dir = GENERATE(from_range(all_sites()));
    auto loaded = content::load_site(test::read_site(site_dir));
    REQUIRE(loaded.site);
    const content::Site& site = *loaded.site;
    for (const content::Language& language : site.languages)
        for (const content::Service& service : site.services) {
            INFO(site_dir << " " << language.code << " " << service.id);
            BlindVisitor visitor(site, language.code);
            visitor.press(ui::Key::Down);  // guidance on
            REQUIRE(visitor.reach("service." + service.id));
            CHECK(visitor.heard.find(std::string(site.text(service.name, language.code))) != std::string::npos);
            visitor.heard.clear();
            visitor.press(ui::Key::Enter);
            REQUIRE(visitor.ui.frame().screen == "service");
            visitor.listen_to_the_end();
            const content::Node* destination = site.map.find_node(service.destination);
            REQUIRE(destination);
            const std::string place = destination->name.empty() ? std::string(site.text(service.name, language.code))
                                                                 : std::string(site.text(destination->name, language.code));
            INFO("heard:\n" << visitor.heard);
            CHECK(visitor.heard.find(place) != std::string::npos);
            CHECK(visitor.heard.find(std::string(site.ui("service.hours_heading", language.code))) != std::string::npos);
            CHECK(visitor.heard.find(std::string(site.ui("day.mon", language.code))) != std::string::npos);
            visitor.press(ui::Key::Back);
            CHECK(visitor.ui.frame().screen == "welcome");
        }
}

TEST_CASE("R-01 R-15 a blind visitor changes the language and hears each language named in itself", "[ui][speech][blind]")
{
    const std::string site_dir = GENERATE(from_range(all_sites()));
    auto loaded = content::load_site(test::read_site(site_dir));
    REQUIRE(loaded.site);
    const content::Site& site = *loaded.site;
    for (const content::Language& target : site.languages) {
        INFO(site_dir << " -> " << target.code);
        BlindVisitor visitor(site, site.default_language);
        visitor.press(ui::Key::Down);
        REQUIRE(visitor.reach("lang." + target.code));
        CHECK(visitor.heard.find(target.name) != std::string::npos);
        visitor.press(ui::Key::Enter);
        CHECK(visitor.ui.state().lang == target.code);
    }
}

TEST_CASE("R-01 R-02 a blind visitor reaches the display and speech settings and hears their state", "[ui][speech][blind]")
{
    auto loaded = content::load_site(test::read_site("tests/fixtures/sites/tiny"));
    REQUIRE(loaded.site);
    BlindVisitor visitor(*loaded.site, "fr");
    visitor.press(ui::Key::Accessibility);
    REQUIRE(visitor.ui.frame().screen == "accessibility");
    visitor.press(ui::Key::Down);
    REQUIRE(visitor.reach("a11y.rate.slow"));
    visitor.heard.clear();
    visitor.press(ui::Key::Enter);
    CHECK(visitor.ui.state().audio.rate_step == 0);
    // the change is announced.
    CHECK(visitor.heard.find(std::string(loaded.site->ui("state.on", "fr"))) != std::string::npos);
}
