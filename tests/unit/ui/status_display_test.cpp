// The agents' status as visitors meet it, on every site and in every language: notices on the
// welcome screen (urgent first, with a word saying so), a service closed today marked in the list
// before anyone walks there, and the service's page saying closed, reduced or moved first. Each
// is in the keypad's reading order, so a blind visitor hears it too.

#include "core/bundle/bundle_site.h"
#include "core/bundle/site_status.h"
#include "core/content/hours.h"
#include "core/i18n/template.h"
#include "support/agent_status.h"
#include "support/test_kiosk.h"
#include "core/ui/reduce.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

const std::string& today = test::status_day;

int position(const ui::Frame& frame, const std::string& id)
{
    for (std::size_t i = 0; i < frame.elements.size(); ++i)
        if (frame.elements[i].id == id)
            return static_cast<int>(i);
    return -1;
}

bool readable_by_keypad(const ui::Frame& frame, const std::string& id)
{
    for (const ui::Element* e : frame.reading_order())
        if (e->id == id)
            return !e->spoken.empty();
    return false;
}

// Every page of the current screen, for elements that may sit on a later page.
const ui::Element* find_on_any_page(test::FixedMetrics& metrics, ui::KioskUi& kiosk, const std::string& id)
{
    for (int page = 0; page < 20; ++page) {
        if (const ui::Element* e = kiosk.frame().find(id))
            return e;
        const ui::Element* next = kiosk.frame().find("page.next");
        if (!next)
            return nullptr;
        kiosk.handle(ui::Tap{next->rect.x + next->rect.w / 2, next->rect.y + next->rect.h / 2});
    }
    (void)metrics;
    return nullptr;
}

}  // namespace

TEST_CASE("agents' notices and service changes show and are read in every language of every site")
{
    for (const std::string& folder : test::all_sites()) {
        if (test::load_valid_site(folder).services.size() < 2)
            continue;
        const content::Site site = test::site_with_agent_status(folder);
        INFO(folder);
        const content::Service& closed = site.services.at(0);
        const content::Service& reduced = site.services.at(1);

        for (const content::Language& language : site.languages) {
            INFO(language.code);
            test::FixedMetrics metrics;
            ui::KioskUi kiosk(site, ui::DeviceProfile{}, metrics, ui::initial_state(language.code));
            kiosk.set_local_time(today + "T10:00");

            const ui::Frame& welcome = kiosk.frame();
            const ui::Element* urgent = welcome.find("notice.greve");
            REQUIRE(urgent);
            // The notice is written in the default language only: in every other language it is shown,
            // laid out and read in that language, "Urgent :" included, never as the visitor's.
            const content::Language* written_in = site.find_language(site.default_language);
            REQUIRE(written_in);
            CHECK(urgent->text == i18n::fill(std::string(site.ui("notice.urgent", written_in->code)), {{"text", "Grève : attente longue"}}));
            CHECK(urgent->lang == written_in->code);
            CHECK(urgent->direction == written_in->direction);
            CHECK(position(welcome, "notice.greve") < position(welcome, "notice.travaux"));  // urgent first
            CHECK(position(welcome, "notice.travaux") >= 0);
            CHECK(readable_by_keypad(welcome, "notice.greve"));

            const ui::Element* closed_button = find_on_any_page(metrics, kiosk, "service." + closed.id);
            REQUIRE(closed_button);
            CHECK(closed_button->text.find(std::string(site.ui("status.closed_today", language.code))) != std::string::npos);
            CHECK(closed_button->spoken.find(std::string(site.ui("status.closed_today", language.code))) != std::string::npos);

            // The closed service's page says so first, then the agent's words.
            kiosk.handle(ui::Tap{closed_button->rect.x + closed_button->rect.w / 2, closed_button->rect.y + closed_button->rect.h / 2});
            REQUIRE(kiosk.state().place.service == closed.id);
            const ui::Element* status = kiosk.frame().find("service.status");
            REQUIRE(status);
            CHECK(status->text == std::string(site.ui("status.closed_today", language.code)));
            const ui::Element* message = kiosk.frame().find("service.status_message");
            REQUIRE(message);
            CHECK(message->text == "Inventaire");
            CHECK(position(kiosk.frame(), "service.status") < position(kiosk.frame(), "service.status_message"));
            CHECK(position(kiosk.frame(), "service.status_message") < position(kiosk.frame(), "service.description"));
            CHECK(readable_by_keypad(kiosk.frame(), "service.status"));
            CHECK(readable_by_keypad(kiosk.frame(), "service.status_message"));

            // The next day (a Friday, 10:00), everything is as usual again: the tag says what the
            // week's hours say, and the agents' words are gone.
            kiosk.set_local_time("2026-11-27T10:00");
            REQUIRE(kiosk.frame().find("service.status"));
            CHECK(kiosk.frame().find("service.status")->text != std::string(site.ui("status.closed_today", language.code)));
            CHECK_FALSE(kiosk.frame().find("service.status_message"));
            kiosk.handle(ui::KeyPress{ui::Key::Back});
            CHECK_FALSE(kiosk.frame().find("notice.greve"));

            // Reduced hours name the hours of the day.
            ui::KioskUi reduced_kiosk(site, ui::DeviceProfile{}, metrics, ui::initial_state(language.code));
            reduced_kiosk.set_local_time(today + "T10:00");
            const ui::Element* reduced_button = find_on_any_page(metrics, reduced_kiosk, "service." + reduced.id);
            REQUIRE(reduced_button);
            reduced_kiosk.handle(ui::Tap{reduced_button->rect.x + reduced_button->rect.w / 2, reduced_button->rect.y + reduced_button->rect.h / 2});
            const ui::Element* reduced_status = reduced_kiosk.frame().find("service.status");
            REQUIRE(reduced_status);
            CHECK(reduced_status->text == std::string(site.ui("service.tag_reduced", language.code)));
            const ui::Element* reduced_today = find_on_any_page(metrics, reduced_kiosk, "service.today");
            REQUIRE(reduced_today);
            CHECK(reduced_today->text.find(content::format_range(site, {9 * 60, 12 * 60}, language.code)) != std::string::npos);
        }
    }
}

TEST_CASE("a French-only notice in Arabic mode is laid out left to right and read by the French voice")
{
    const content::Site site = test::site_with_agent_status("tests/fixtures/sites/sous-sol");
    REQUIRE(site.default_language == "fr");
    for (const char* lang : {"ar", "he"}) {
        INFO(lang);
        test::FixedMetrics metrics;
        ui::KioskUi kiosk(site, ui::DeviceProfile{}, metrics, ui::initial_state(lang, {ui::TextSize::Standard, ui::Contrast::Standard, false, true}));
        kiosk.set_local_time(today + "T10:00");
        const ui::Frame& welcome = kiosk.frame();
        CHECK(welcome.direction == content::TextDirection::RightToLeft);  // the page stays the visitor's
        const ui::Element* notice = welcome.find("notice.travaux");
        REQUIRE(notice);
        CHECK(notice->text == "Information : Travaux au rez-de-chaussée : suivez le fléchage provisoire jusqu'aux guichets.");
        CHECK(notice->lang == "fr");
        CHECK(notice->direction == content::TextDirection::LeftToRight);
        // Its lines start at the element's left edge, as left-to-right text does.
        REQUIRE_FALSE(notice->lines.empty());
        CHECK(notice->lines.front().rect.x < notice->rect.x + notice->rect.w / 4);
        // It is introduced in the visitor's language, on a line above it and in speech.
        const std::string intro = std::string(lang) == "ar" ? "رسالة باللغة الفرنسية:" : "הודעה בצרפתית:";
        const ui::Element* intro_line = welcome.find("notice.travaux.intro");
        REQUIRE(intro_line);
        CHECK(intro_line->text == intro);
        CHECK(intro_line->lang == lang);
        CHECK(intro_line->direction == content::TextDirection::RightToLeft);
        CHECK(intro_line->rect.bottom() <= notice->rect.y);
        CHECK(intro_line->spoken.empty());  // said with the notice, not a keypad stop of its own
        // Reading it with the keypad says the intro in the visitor's voice, then the notice in French.
        bool heard_in_french = false;
        for (int step = 0; step < 30 && !heard_in_french; ++step) {
            const ui::Effects effects = kiosk.handle(ui::KeyPress{ui::Key::Down});
            for (std::size_t i = 0; i < effects.size(); ++i)
                if (const auto* speak = std::get_if<ui::Speak>(&effects[i]); speak && speak->text.find("Travaux") != std::string::npos) {
                    CHECK(speak->lang == "fr");
                    CHECK(speak->interrupt == ui::Interrupt::No);
                    REQUIRE(i > 0);
                    const auto* before = std::get_if<ui::Speak>(&effects[i - 1]);
                    REQUIRE(before);
                    CHECK(before->text == intro);
                    CHECK(before->lang == lang);
                    heard_in_french = true;
                }
        }
        CHECK(heard_in_french);
        // The visitor's own texts stay in the visitor's language.
        const ui::Element* title = welcome.find("welcome.title");
        REQUIRE(title);
        CHECK(title->lang == lang);
    }
}

TEST_CASE("a moved service is directed to its new place")
{
    for (const std::string& folder : test::all_sites()) {
        const content::Site plain = test::load_valid_site(folder);
        if (plain.services.size() < 3)
            continue;
        const content::Site site = test::site_with_agent_status(folder);
        INFO(folder);
        CHECK(site.services.at(2).destination == plain.services.at(0).destination);
        CHECK(site.services.at(0).destination == plain.services.at(0).destination);
    }
}

TEST_CASE("opening hours are written with each language's punctuation and spoken as ranges")
{
    const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    struct Case {
        const char* lang;
        const char* shown;
        const char* spoken;
    };
    const Case cases[] = {
        // French signage writes "9 h" and "13 h 30", with no-break spaces. Monday and Tuesday have the
        // same hours: one line, heard as the language says a run of days.
        {"fr", "Lundi – mardi : 9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h", "du lundi au mardi : de 9 heures à 12 heures, de 13 heures 30 à 17 heures"},
        {"ar", "الاثنين – الثلاثاء: 09:00 – 12:00، 13:30 – 17:00",
         "من الاثنين إلى الثلاثاء: من الساعة 9 إلى الساعة 12، من الساعة 13 و 30 دقيقة إلى الساعة 17"},
        {"he", "יום שני – יום שלישי: 9:00 – 12:00, 13:30 – 17:00",
         "מיום שני עד יום שלישי: מהשעה תשע עד השעה שתים עשרה, מהשעה שלוש עשרה ו שלושים דקות עד השעה שבע עשרה"},
    };
    for (const Case& c : cases) {
        INFO(c.lang);
        test::FixedMetrics metrics;
        ui::State state = ui::apply(ui::initial_state(c.lang), ui::OpenService{"accueil"});
        ui::KioskUi kiosk(site, ui::DeviceProfile{}, metrics, state);
        const ui::Element* monday = find_on_any_page(metrics, kiosk, "service.hours.mon");
        REQUIRE(monday);
        CHECK(monday->text == c.shown);
        CHECK(monday->spoken == c.spoken);
    }
}
