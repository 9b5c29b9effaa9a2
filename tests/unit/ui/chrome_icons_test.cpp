// The icons of the header's and footer's buttons: named assets (core never loads them), at the
// start of their button in the reading direction, in the label's colour, growing with the text.

#include "support/test_kiosk.h"
#include "core/ui/render.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

ui::Frame frame_of(const content::Site& site, const std::string& lang, ui::TextSize size)
{
    test::FixedMetrics metrics;
    ui::Modes modes;
    modes.text_size = size;
    ui::State state = ui::initial_state(lang, modes);
    state.help_open = true;  // away from home: back and home are shown
    return ui::render(state, site, ui::DeviceProfile{}, metrics);
}

}  // namespace

TEST_CASE("the back, home, help and accessibility buttons carry their icon at the start, back pointing the way of the text",
          "[ui][icons]")
{
    const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    for (const char* lang : {"fr", "ar"}) {
        INFO(lang);
        const ui::Frame frame = frame_of(site, lang, ui::TextSize::Standard);
        const bool rtl = frame.direction == content::TextDirection::RightToLeft;
        for (const auto& [id, icon] : {std::pair{"nav.back", rtl ? "asset:icons/back-rtl.svg" : "asset:icons/back.svg"},
                                       std::pair{"nav.home", "asset:icons/home.svg"}, std::pair{"nav.help", "asset:icons/help.svg"},
                                       std::pair{"a11y.open", "asset:icons/accessibility.svg"}}) {
            INFO(id);
            const ui::Element* button = frame.find(id);
            const ui::Element* picture = frame.find(std::string(id) + ".icon");
            REQUIRE(button);
            REQUIRE(picture);
            CHECK(picture->image == icon);
            CHECK(picture->role == ui::Role::Image);
            CHECK(picture->spoken.empty());  // decoration: the label says it
            CHECK(picture->fg == button->fg);
            // Inside the button, on its start side, and before the label in reading order.
            CHECK(picture->rect.x >= button->rect.x);
            CHECK(picture->rect.right() <= button->rect.right());
            const int centre = picture->rect.x + picture->rect.w / 2;
            CHECK((rtl ? centre > button->rect.x + button->rect.w / 2 : centre < button->rect.x + button->rect.w / 2));
            for (const ui::TextLine& line : button->lines)
                CHECK((rtl ? line.rect.right() <= picture->rect.x : line.rect.x >= picture->rect.right()));
        }
    }
}

TEST_CASE("the chrome's icons grow with large text, and yield where a label would no longer fit beside them", "[ui][icons]")
{
    const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    const ui::Frame small = frame_of(site, "fr", ui::TextSize::Standard);
    const ui::Frame large = frame_of(site, "fr", ui::TextSize::Large);
    const ui::Element* standard = small.find("a11y.open.icon");
    const ui::Element* bigger = large.find("a11y.open.icon");
    REQUIRE(standard);
    REQUIRE(bigger);
    CHECK(bigger->rect.h > standard->rect.h * 3 / 2);
    // Fixed metrics draw every letter wide: in large text the footer's labels fill their columns,
    // so the footer keeps its shape and drops its icons rather than cut a word.
    CHECK(small.find("nav.help.icon"));
    CHECK_FALSE(large.find("nav.help.icon"));
    CHECK(large.find("nav.help"));
}
