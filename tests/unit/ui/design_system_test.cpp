// The design system's rules, on every screen the kiosk can show (docs/accessibility.md, R-06; the
// components in core/ui/layout_buttons.cpp and layout_chrome.cpp): one main action a screen, the
// République française block only where a site asks for it, switches that show their state in
// words and in the drawing, and choices side by side where their words fit.

#include "core/ui/render.h"
#include "core/ui/theme.h"
#include "support/fixed_metrics.h"
#include "support/screen_walk.h"
#include "support/test_kiosk.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <set>

using namespace phare;

namespace {

// A button filled with the screen's main colour that is not a selected choice: a main action.
int main_actions(const ui::Frame& frame, const ui::Palette& palette)
{
    int count = 0;
    for (const ui::Element& e : frame.elements)
        if (e.role == ui::Role::Button && e.action && !e.selected && e.bg == palette.primary && e.id != "a11y.open")
            ++count;
    return count;
}

}  // namespace

TEST_CASE("every screen of every site has at most one main action besides the accessibility button", "[ui][design]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    for (const std::string& folder : test::all_sites()) {
        const content::Site site = test::load_valid_site(folder);
        for (const ui::Modes& modes : {ui::Modes{}, ui::Modes{ui::TextSize::Large, ui::Contrast::Dark, false, false}}) {
            const ui::Palette palette = ui::make_theme(modes, site.brand).palette;
            for (const ui::State& state : test::reachable_states(site, device, metrics, site.default_language, modes, 400)) {
                const ui::Frame frame = ui::render(state, site, device, metrics);
                INFO(folder << " screen " << frame.screen);
                CHECK(main_actions(frame, palette) <= 1);
            }
        }
    }
}

TEST_CASE("the République française block is on the header of a State site only, and silent", "[ui][design]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    const content::Site state_site = test::load_valid_site("config/sites/prefecture-44");
    REQUIRE(state_site.brand.republique_francaise);
    const ui::Frame with = ui::render(ui::initial_state(state_site.default_language), state_site, device, metrics);
    const ui::Element* block = with.find("brand.republique");
    REQUIRE(block);
    CHECK(block->spoken.empty());  // the site's name, read next, says who speaks
    CHECK(block->rect.bottom() <= with.find("header")->rect.bottom());
    const ui::Element* name = with.find("site.name");
    REQUIRE(name);
    CHECK(name->rect.x >= block->rect.right());
    // Large text has no room for it: the accessibility button matters more.
    const ui::Frame large = ui::render(ui::initial_state(state_site.default_language, {ui::TextSize::Large, ui::Contrast::Standard, false, false}),
                                       state_site, device, metrics);
    CHECK_FALSE(large.find("brand.republique"));
    const content::Site& other = test::tiny_site();
    REQUIRE_FALSE(other.brand.republique_francaise);
    CHECK_FALSE(ui::render(ui::initial_state(other.default_language), other, device, metrics).find("brand.republique"));
}

TEST_CASE("a switch writes its state beside a drawing whose knob moves, and says it", "[ui][design]")
{
    test::TestKiosk kiosk;
    kiosk.tap("a11y.open");
    const auto knob_x = [&] {
        const ui::Element* track = kiosk.ui.frame().find("a11y.speech.switch");
        REQUIRE(track);
        REQUIRE_FALSE(track->shapes.empty());
        return track->rect.x + track->shapes.back().points.front().x;
    };
    const ui::Element* state = kiosk.ui.frame().find("a11y.speech.state");
    REQUIRE(state);
    const std::string off_words = state->text;
    const int off_knob = knob_x();
    CHECK(off_words == test::tiny_site().ui("state.off", test::tiny_site().default_language));
    kiosk.tap("a11y.speech");
    state = kiosk.ui.frame().find("a11y.speech.state");
    REQUIRE(state);
    CHECK(state->text == test::tiny_site().ui("state.on", test::tiny_site().default_language));
    CHECK(knob_x() > off_knob);  // towards the end edge, left to right
    const ui::Element* row = kiosk.ui.frame().find("a11y.speech");
    REQUIRE(row);
    CHECK(row->selected);
    CHECK(row->spoken.find(test::tiny_site().ui("state.on", test::tiny_site().default_language)) != std::string::npos);
}

TEST_CASE("the home screen's services sit two to a row where their words fit, one in large text", "[ui][design]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    REQUIRE(site.services.size() >= 2);
    const auto rows_of = [&](const ui::Modes& modes) {
        const ui::Frame frame = ui::render(ui::initial_state(site.default_language, modes), site, device, metrics);
        std::set<int> tops;
        std::set<int> lefts;
        for (const content::Service& service : site.services)
            if (const ui::Element* e = frame.find("service." + service.id)) {
                tops.insert(e->rect.y);
                lefts.insert(e->rect.x);
            }
        return std::pair{tops.size(), lefts.size()};
    };
    const auto [standard_rows, standard_columns] = rows_of({});
    CHECK(standard_columns == 2);
    CHECK(standard_rows < site.services.size());
    const auto [large_rows, large_columns] = rows_of({ui::TextSize::Large, ui::Contrast::Standard, false, false});
    CHECK(large_columns == 1);
    CHECK(large_rows >= 1);
}

TEST_CASE("another administration's logo and colour take the State block's place", "[ui][design]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    const content::Site site = test::load_valid_site("config/sites/mairie-demo");
    REQUIRE_FALSE(site.brand.logo.empty());
    REQUIRE(site.brand.primary_rgb);
    const ui::Frame frame = ui::render(ui::initial_state(site.default_language), site, device, metrics);
    CHECK_FALSE(frame.find("brand.republique"));
    const ui::Element* logo = frame.find("brand.logo");
    REQUIRE(logo);
    CHECK(logo->image == site.brand.logo);
    CHECK(logo->rect.w == logo->rect.h);
    CHECK(logo->spoken.empty());  // the site's name beside it is read
    const ui::Element* accessibility = frame.find("a11y.open");
    REQUIRE(accessibility);
    CHECK(accessibility->bg == ui::from_hex(*site.brand.primary_rgb));
    // High contrast keeps its own colours whatever the site.
    const ui::Frame dark = ui::render(ui::initial_state(site.default_language, {ui::TextSize::Standard, ui::Contrast::Dark, false, false}),
                                      site, device, metrics);
    CHECK(dark.find("a11y.open")->bg == ui::make_theme({ui::TextSize::Standard, ui::Contrast::Dark, false, false}).palette.primary);
}

TEST_CASE("no page ends on a heading, whether it broke for height or for easy-read's count of choices", "[ui][design]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    int paged = 0;
    for (const std::string& folder : test::all_sites()) {
        const content::Site site = test::load_valid_site(folder);
        for (const ui::Modes& modes : {ui::Modes{ui::TextSize::Standard, ui::Contrast::Standard, true, false},
                                       ui::Modes{ui::TextSize::Larger, ui::Contrast::Standard, false, false}}) {
            for (ui::State state : test::reachable_states(site, device, metrics, site.default_language, modes, 300)) {
                for (int page = 0; page < 8; ++page) {
                    state.place.page = page;
                    const ui::Frame frame = ui::render(state, site, device, metrics);
                    const auto pager = std::find_if(frame.elements.begin(), frame.elements.end(),
                                                    [](const ui::Element& e) { return e.id.rfind("page.", 0) == 0; });
                    if (pager == frame.elements.end() || pager == frame.elements.begin())
                        break;
                    ++paged;
                    // A heading alone on its page is allowed only when it and what follows could
                    // not share any page (a very long destination name in the largest text).
                    const ui::Element* header = frame.find("header");
                    REQUIRE(header);
                    const auto on_page = std::count_if(frame.elements.begin(), pager, [&](const ui::Element& e) { return e.rect.y >= header->rect.bottom(); });
                    INFO(folder << " screen " << frame.screen << " page " << page << ": " << std::prev(pager)->id);
                    CHECK((std::prev(pager)->role != ui::Role::Heading || on_page == 1));
                    if (!frame.find("page.next"))
                        break;
                }
            }
        }
    }
    CHECK(paged > 0);
}

TEST_CASE("the accessibility screen previews each text size at its size and each palette in its colours", "[ui][design]")
{
    test::FixedMetrics metrics;
    const ui::DeviceProfile device;
    const content::Site& site = test::tiny_site();
    for (const ui::Contrast current : {ui::Contrast::Standard, ui::Contrast::Dark}) {
        ui::State state = ui::initial_state(site.default_language, {ui::TextSize::Standard, current, false, false});
        state.place = {ui::ScreenId::Accessibility, {}, 0};
        const ui::Frame frame = ui::render(state, site, device, metrics);
        const ui::Element* normal = frame.find("a11y.size.standard");
        const ui::Element* large = frame.find("a11y.size.large");
        const ui::Element* larger = frame.find("a11y.size.larger");
        REQUIRE(normal);
        REQUIRE(large);
        REQUIRE(larger);
        CHECK(normal->font_px < large->font_px);
        CHECK(large->font_px < larger->font_px);
        for (const auto& [id, contrast] : {std::pair{"a11y.contrast.standard", ui::Contrast::Standard}, std::pair{"a11y.contrast.dark", ui::Contrast::Dark},
                                           std::pair{"a11y.contrast.light", ui::Contrast::Light}}) {
            const ui::Element* choice = frame.find(id);
            REQUIRE(choice);
            const ui::Palette previewed = ui::make_theme({ui::TextSize::Standard, contrast, false, false}, site.brand).palette;
            INFO(id);
            CHECK(choice->bg == previewed.button);
            CHECK(choice->fg == previewed.button_text);
            // Its frame is in the screen's colours, so the button is seen against the page.
            CHECK(choice->border == ui::make_theme({ui::TextSize::Standard, current, false, false}, site.brand).palette.button_border);
        }
    }
}
