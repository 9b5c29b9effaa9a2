// A page turn is announced as the new page ("Page 2 sur 3") and its first item, not as a new screen
// from the building's name, in a left-to-right and a right-to-left language (where Left turns
// forward), by the arrow keys and by the "Page suivante" button.

#include "core/i18n/speech_text.h"
#include "core/i18n/template.h"
#include "support/test_kiosk.h"
#include "core/ui/reduce.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

std::vector<ui::Speak> spoken(const ui::Effects& effects)
{
    std::vector<ui::Speak> out;
    for (const ui::Effect& effect : effects)
        if (const auto* speak = std::get_if<ui::Speak>(&effect))
            out.push_back(*speak);
    return out;
}

}  // namespace

TEST_CASE("turning a page says which page it is and reads its first item", "[ui][speech][pages]")
{
    const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    for (const char* lang : {"fr", "ar", "he"}) {
        INFO(lang);
        test::FixedMetrics metrics;
        const ui::Modes modes{ui::TextSize::Larger, ui::Contrast::Standard, false, true};
        ui::KioskUi kiosk(site, ui::DeviceProfile{}, metrics, ui::initial_state(lang, modes));
        kiosk.handle(ui::KeyPress{ui::Key::Down});  // a keypad visitor
        const ui::Element* indicator = kiosk.frame().find("page.indicator");
        REQUIRE(indicator);  // the welcome list in very large text takes several pages
        const bool rtl = kiosk.frame().direction == content::TextDirection::RightToLeft;
        const ui::Effects effects = kiosk.handle(ui::KeyPress{rtl ? ui::Key::Left : ui::Key::Right});
        REQUIRE(kiosk.state().place.page == 1);
        const std::vector<ui::Speak> said = spoken(effects);
        REQUIRE(said.size() >= 2);
        const std::string pages = kiosk.frame().find("page.indicator")->text;
        CHECK(said[0].text == i18n::speech_text(pages, lang));
        CHECK(pages.find('2') != std::string::npos);
        const ui::Frame& frame = kiosk.frame();
        REQUIRE_FALSE(frame.page_start.empty());
        const ui::Element* first = frame.find(frame.page_start);
        REQUIRE(first);
        CHECK(said[1].text == first->spoken);
        CHECK(kiosk.state().focus == frame.page_start);  // the keypad goes on from there
        const std::string building(site.text(site.name, lang));
        for (const ui::Speak& speak : said)
            CHECK(speak.text.find(building) == std::string::npos);
        // The page's first item is below the header: never the building's name or the home button.
        CHECK(first->id.rfind("header", 0) != 0);
        CHECK(first->id.rfind("nav.", 0) != 0);

        // The on-screen button does the same.
        const ui::Element* next = frame.find("page.next");
        if (next) {
            const ui::Effects by_button = kiosk.handle(ui::Tap{next->rect.x + next->rect.w / 2, next->rect.y + next->rect.h / 2});
            const std::vector<ui::Speak> heard = spoken(by_button);
            REQUIRE_FALSE(heard.empty());
            CHECK(kiosk.state().place.page == 2);
            CHECK(heard.front().text == i18n::speech_text(kiosk.frame().find("page.indicator")->text, lang));
        }
    }
}
