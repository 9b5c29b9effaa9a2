// every task can be done with the keypad and speech alone, screen covered. The harness
// presses keys like a blind visitor and judges only by what the kiosk says; it peeks at the state
// only to decide which key a visitor who heard the same words would press next.

#include "core/i18n/lower_case.h"
#include "core/i18n/speech_text.h"
#include "support/test_kiosk.h"
#include "core/ui/kiosk_ui.h"

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
    // Guidance on, then Down through the welcome pages to the service's button.
    bool find_service(const std::string& id)
    {
        press(ui::Key::Down);
        return reach("service." + id);
    }
    // Up until `id` is focused (it is earlier on this screen).
    bool reach_back(const std::string& id)
    {
        for (int presses = 0; presses < 100 && focus() != id; ++presses)
            press(ui::Key::Up);
        return focus() == id;
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
    const content::Site site = test::load_valid_site(site_dir);
    for (const content::Language& language : site.languages)
        for (const content::Service& service : site.services) {
            INFO(site_dir << " " << language.code << " " << service.id);
            BlindVisitor visitor(site, language.code);
            REQUIRE(visitor.find_service(service.id));
            // Names are heard as the voice is given them: "Archives, salle 1.04" in Hebrew words.
            CHECK(visitor.heard.find(i18n::speech_text(site.text(service.name, language.code), language.code)) != std::string::npos);
            visitor.heard.clear();
            visitor.press(ui::Key::Enter);
            REQUIRE(visitor.ui.frame().screen == "service");
            visitor.listen_to_the_end();
            const content::Node* destination = site.map.find_node(service.destination);
            REQUIRE(destination);
            const std::string place = destination->name.empty() ? std::string(site.text(service.name, language.code))
                                                                 : std::string(site.text(destination->name, language.code));
            INFO("heard:\n" << visitor.heard);
            CHECK(visitor.heard.find(i18n::speech_text(place, language.code)) != std::string::npos);
            CHECK(visitor.heard.find(std::string(site.ui("service.hours_heading", language.code))) != std::string::npos);
            const std::string monday_name(site.ui("day.mon", language.code));
            CHECK((visitor.heard.find(monday_name) != std::string::npos ||
                   visitor.heard.find(i18n::lower_case(monday_name, language.code)) != std::string::npos));
            // Hours are heard as times ("de 9 heures à 12 heures"), never as digits and colons, and
            // a run of days as the language says it ("du lundi au mardi").
            const ui::Element* monday = visitor.ui.frame().find("service.hours.mon");
            if (monday) {
                CHECK(visitor.heard.find(monday->spoken) != std::string::npos);
                CHECK(visitor.heard.find(":00") == std::string::npos);
            }
            visitor.press(ui::Key::Back);
            CHECK(visitor.ui.frame().screen == "welcome");
        }
}

TEST_CASE("R-01 R-15 a blind visitor changes the language and hears each language named in itself", "[ui][speech][blind]")
{
    const std::string site_dir = GENERATE(from_range(all_sites()));
    const content::Site site = test::load_valid_site(site_dir);
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

TEST_CASE("R-01 R-70 a blind visitor hears the directions to every service, step by step, in every language", "[ui][speech][blind]")
{
    const std::string site_dir = GENERATE(from_range(all_sites()));
    const content::Site site = test::load_valid_site(site_dir);
    const bool spoken_labels = std::any_of(site.map.levels.begin(), site.map.levels.end(), [](const auto& l) { return !l.spoken.empty(); });
    for (const content::Language& language : site.languages)
        for (const content::Service& service : site.services) {
            INFO(site_dir << " " << language.code << " " << service.id);
            BlindVisitor visitor(site, language.code);
            REQUIRE(visitor.find_service(service.id));
            visitor.press(ui::Key::Enter);
            REQUIRE(visitor.reach("service.directions"));
            visitor.press(ui::Key::Enter);
            REQUIRE(visitor.ui.frame().screen == "directions");
            visitor.heard.clear();
            // Every step shown on every page is heard, in order.
            std::vector<std::string> steps;
            for (int page = 0; page < 50; ++page) {
                for (const auto& element : visitor.ui.frame().elements)
                    if (element.id.rfind("directions.step.", 0) == 0) {
                        steps.push_back(element.spoken);  // levels by their spoken label ("rez-de-chaussée" for "RC")
                        if (!spoken_labels)
                            CHECK(element.spoken == i18n::speech_text(element.text, element.lang));  // what is shown, prepared
                    }
                if (!visitor.ui.frame().find("page.next"))
                    break;
                visitor.listen_to_the_end();
            }
            visitor.listen_to_the_end();
            INFO("heard:\n" << visitor.heard);
            REQUIRE_FALSE(steps.empty());
            std::size_t at = 0;
            for (const std::string& step : steps) {
                at = visitor.heard.find(step, at);
                CHECK(at != std::string::npos);
                if (at == std::string::npos)
                    break;
            }
        }
}

TEST_CASE("R-01 a blind visitor gives a rating and hears it is saved, in every language", "[ui][speech][blind][feedback]")
{
    const std::string site_dir = GENERATE(from_range(all_sites()));
    const content::Site site = test::load_valid_site(site_dir);
    for (const content::Language& language : site.languages) {
        INFO(site_dir << " " << language.code);
        BlindVisitor visitor(site, language.code);
        visitor.press(ui::Key::Down);
        REQUIRE(visitor.reach("feedback.open"));
        visitor.press(ui::Key::Enter);
        // The question and its three answers are all heard before choosing.
        visitor.listen_to_the_end();
        CHECK(visitor.heard.find(std::string(site.ui("feedback.question", language.code))) != std::string::npos);
        CHECK(visitor.heard.find(std::string(site.ui("feedback.bad", language.code))) != std::string::npos);
        REQUIRE(visitor.reach_back("feedback.good"));
        visitor.press(ui::Key::Enter);
        REQUIRE(visitor.reach("feedback.skip"));
        visitor.press(ui::Key::Enter);
        REQUIRE(visitor.reach("feedback.skip"));
        visitor.heard.clear();
        visitor.press(ui::Key::Enter);
        for (const auto& effect : visitor.ui.handle(ui::RatingStored{true}))
            if (const auto* speak = std::get_if<ui::Speak>(&effect))
                visitor.heard += speak->text + "\n";
        CHECK(visitor.heard.find(std::string(site.ui("feedback.thanks", language.code))) != std::string::npos);
    }
}
