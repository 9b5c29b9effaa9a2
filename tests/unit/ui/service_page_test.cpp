// The service page answers first "is it open now, what do I do": a status tag right under the
// name, today's hours first and in bold, the rest of the week compact, the agents' status always
// winning over the usual hours, and the ticket step in words.

#include "core/content/hours.h"
#include "core/content/open_now.h"
#include "core/i18n/template.h"
#include "core/ui/reduce.h"
#include "core/ui/theme.h"
#include "support/agent_status.h"
#include "support/test_kiosk.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

const content::Site& sous_sol()
{
    static const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    return site;
}

// Every element of the service page, whatever page it falls on.
std::vector<ui::Element> whole_page(ui::KioskUi& kiosk)
{
    std::vector<ui::Element> all;
    for (int page = 0; page < 20; ++page) {
        for (const ui::Element& e : kiosk.frame().elements)
            all.push_back(e);
        const ui::Element* next = kiosk.frame().find("page.next");
        if (!next)
            break;
        kiosk.handle(ui::Tap{next->rect.x + next->rect.w / 2, next->rect.y + next->rect.h / 2});
    }
    return all;
}

const ui::Element* find(const std::vector<ui::Element>& all, const std::string& id)
{
    for (const ui::Element& e : all)
        if (e.id == id)
            return &e;
    return nullptr;
}

struct Page {
    test::FixedMetrics metrics;
    ui::KioskUi kiosk;
    Page(const content::Site& site, const std::string& lang, const std::string& service, const std::string& time, ui::Modes modes = {})
        : kiosk(site, ui::DeviceProfile{}, metrics, ui::apply(ui::initial_state(lang, modes), ui::OpenService{service}))
    {
        kiosk.set_local_time(time);
    }
    const ui::Element* tag() { return kiosk.frame().find("service.status"); }
};

// The element read right after the service's name by the keypad.
const ui::Element* after_name(const ui::Frame& frame)
{
    const std::vector<const ui::Element*> order = frame.reading_order();
    for (std::size_t i = 0; i + 1 < order.size(); ++i)
        if (order[i]->id == "service.name")
            return order[i + 1];
    return nullptr;
}

}  // namespace

TEST_CASE("the status tag says what is true now, in French, at the edges of the hours")
{
    // 2026-11-23 is a Monday: "accueil" is open 9:00-12:00 and 13:30-17:00.
    struct Case {
        const char* time;
        const char* shown;
        const char* spoken;
    };
    const Case cases[] = {
        {"2026-11-23T08:59", "Fermé · ouvre à 9\u00A0h", "Fermé, ouvre à 9 heures"},
        {"2026-11-23T09:00", "Ouvert · ferme à 12\u00A0h", "Ouvert, ferme à 12 heures"},
        {"2026-11-23T11:59", "Ouvert · ferme à 12\u00A0h", "Ouvert, ferme à 12 heures"},
        {"2026-11-23T12:00", "Fermé · ouvre à 13\u00A0h\u00A030", "Fermé, ouvre à 13 heures 30"},
        {"2026-11-23T13:30", "Ouvert · ferme à 17\u00A0h", "Ouvert, ferme à 17 heures"},
        {"2026-11-23T17:00", "Fermé pour aujourd'hui", "Fermé pour aujourd'hui"},
        {"2026-11-28T10:00", "Fermé aujourd'hui", "Fermé aujourd'hui"},  // Saturday: no hours
    };
    for (const Case& c : cases) {
        INFO(c.time);
        Page page(sous_sol(), "fr", "accueil", c.time);
        const ui::Element* tag = page.tag();
        REQUIRE(tag);
        CHECK(tag->text == c.shown);
        CHECK(tag->spoken == c.spoken);
        CHECK(tag->bold);
        // A filled pill behind the words, in the tag's own colours.
        const ui::Element* pill = page.kiosk.frame().find("service.status.panel");
        REQUIRE(pill);
        CHECK(pill->bg == tag->bg);
        CHECK(pill->rect == tag->rect);
        CHECK(pill->radius_px > 0);
        CHECK(tag->fg != tag->bg);
        // Right after the heading, for the eye and the keypad.
        const ui::Element* next = after_name(page.kiosk.frame());
        REQUIRE(next);
        CHECK(next->id == "service.status");
    }
}

TEST_CASE("the tag's colours follow its meaning, and its words are there in every language of every site")
{
    for (const std::string& folder : test::all_sites()) {
        const content::Site site = test::load_valid_site(folder);
        const content::Service& service = site.services.front();
        // A weekday and a minute at which it is open, another at which it is closed all day.
        int open_day = -1;
        for (int day = 0; day < 7 && open_day < 0; ++day)
            if (!service.hours[static_cast<std::size_t>(day)].empty())
                open_day = day;
        REQUIRE(open_day >= 0);
        const content::TimeRange range = service.hours[static_cast<std::size_t>(open_day)].front();
        const std::string date = "2026-11-" + std::to_string(23 + open_day);
        const std::string time = date + "T" + content::format_minute_of_day(range.start_minute);
        for (const content::Language& language : site.languages) {
            INFO(folder << " " << language.code << " " << time);
            Page page(site, language.code, service.id, time);
            const ui::Element* tag = page.tag();
            REQUIRE(tag);
            const content::OpenNow now = content::open_now(service.hours, nullptr, time);
            REQUIRE(now.kind == content::OpenNowKind::Open);
            const std::string closes = content::format_time(site, now.minute, language.code);
            CHECK(tag->text == i18n::fill(std::string(site.ui("service.tag_open", language.code)), {{"time", closes}}, language.code));
            CHECK(tag->text.find(closes) != std::string::npos);
            CHECK(tag->lang == language.code);
            CHECK(tag->spoken.find(":00") == std::string::npos);  // times heard as times
            const ui::Theme theme = ui::make_theme(page.kiosk.state().modes);
            CHECK(tag->bg == theme.palette.tag_open);
            CHECK(tag->fg == theme.palette.tag_open_text);
            CHECK(after_name(page.kiosk.frame()) == tag);
        }
    }
}

TEST_CASE("today's line comes first and in bold, the rest of the week is compact")
{
    // Monday: Monday and Tuesday have the same hours, Thursday and Friday too, the weekend is closed.
    Page page(sous_sol(), "fr", "accueil", "2026-11-23T10:00");
    const std::vector<ui::Element> all = whole_page(page.kiosk);
    const ui::Element* today = find(all, "service.today");
    REQUIRE(today);
    CHECK(today->text == "Aujourd'hui, lundi : 9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h");
    CHECK(today->bold);
    CHECK_FALSE(find(all, "service.hours.mon"));  // today is not said twice
    const ui::Element* tuesday = find(all, "service.hours.tue");
    REQUIRE(tuesday);
    CHECK(tuesday->text == "Mardi : 9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h");
    CHECK_FALSE(tuesday->bold);
    const ui::Element* wednesday = find(all, "service.hours.wed");
    REQUIRE(wednesday);
    CHECK(wednesday->text == "Mercredi : 9\u00A0h – 12\u00A0h");
    const ui::Element* thursday = find(all, "service.hours.thu");
    REQUIRE(thursday);
    CHECK(thursday->text == "Jeudi – vendredi : 9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h");
    CHECK(thursday->spoken == "du jeudi au vendredi : de 9 heures à 12 heures, de 13 heures 30 à 17 heures");
    CHECK_FALSE(find(all, "service.hours.fri"));
    const ui::Element* weekend = find(all, "service.hours.sat");
    REQUIRE(weekend);
    CHECK(weekend->text == "Samedi – dimanche : Fermé");
    // Today above the week, the week in order.
    auto index = [&](const std::string& id) {
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].id == id)
                return static_cast<int>(i);
        return -1;
    };
    CHECK(index("service.hours_heading") < index("service.today"));
    CHECK(index("service.today") < index("service.hours.tue"));
    CHECK(index("service.hours.tue") < index("service.hours.wed"));
    CHECK(index("service.hours.thu") < index("service.hours.sat"));

    // Without a local time there is no "now": no tag, no today line, the whole week compact.
    Page unknown(sous_sol(), "fr", "accueil", "");
    CHECK_FALSE(unknown.tag());
    const std::vector<ui::Element> week = whole_page(unknown.kiosk);
    CHECK_FALSE(find(week, "service.today"));
    const ui::Element* monday = find(week, "service.hours.mon");
    REQUIRE(monday);
    CHECK(monday->text == "Lundi – mardi : 9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h");
}

TEST_CASE("a day the agents closed or reduced never shows its usual hours, in every language of every site")
{
    for (const std::string& folder : test::all_sites()) {
        const content::Site site = test::site_with_agent_status(folder);
        const std::string time = test::status_day + "T10:00";
        const std::optional<int> day = content::weekday_of(time);
        REQUIRE(day);
        for (const content::Language& language : site.languages) {
            const std::string lang = language.code;
            INFO(folder << " " << lang);
            // Closed by the agents on a day it is normally open.
            const content::Service& closed = site.services.at(0);
            REQUIRE_FALSE(closed.hours[static_cast<std::size_t>(*day)].empty());
            Page page(site, lang, closed.id, time);
            const ui::Element* tag = page.tag();
            REQUIRE(tag);
            CHECK(tag->text == site.ui("status.closed_today", lang));
            CHECK(tag->bg == ui::make_theme(page.kiosk.state().modes).palette.tag_closed);
            const std::vector<ui::Element> all = whole_page(page.kiosk);
            const ui::Element* today = find(all, "service.today");
            REQUIRE(today);
            CHECK(today->bold);
            CHECK(today->text.find(site.ui("service.closed_exceptionally", lang)) != std::string::npos);
            const std::string usual = content::day_ranges(site, closed.hours[static_cast<std::size_t>(*day)], lang);
            CHECK(today->text.find(usual) == std::string::npos);
            CHECK_FALSE(find(all, "service.hours." + std::string(content::day_keys[static_cast<std::size_t>(*day)])));
            // The agents' own words follow the tag.
            const ui::Element* message = find(all, "service.status_message");
            REQUIRE(message);
            CHECK(message->text == "Inventaire");

            if (site.services.size() < 2)
                continue;
            const content::Service& reduced = site.services.at(1);
            Page short_day(site, lang, reduced.id, time);
            REQUIRE(short_day.tag());
            CHECK(short_day.tag()->text == site.ui("service.tag_reduced", lang));
            const std::vector<ui::Element> reduced_page = whole_page(short_day.kiosk);
            const ui::Element* reduced_today = find(reduced_page, "service.today");
            REQUIRE(reduced_today);
            const std::string nine_to_noon = content::format_range(site, {9 * 60, 12 * 60}, lang);
            CHECK(reduced_today->text.find(nine_to_noon) != std::string::npos);
            CHECK(reduced_today->text.find(i18n::fill(std::string(site.ui("service.reduced_hours", lang)), {{"hours", nine_to_noon}}, lang)) !=
                  std::string::npos);
            const std::string usual_reduced = content::day_ranges(site, reduced.hours[static_cast<std::size_t>(*day)], lang);
            if (usual_reduced != nine_to_noon)
                CHECK(reduced_today->text.find(usual_reduced) == std::string::npos);

            if (site.services.size() < 3)
                continue;
            Page moved(site, lang, site.services.at(2).id, time);
            REQUIRE(moved.tag());
            CHECK(moved.tag()->text == site.ui("service.tag_moved", lang));
            const ui::Element* moved_message = moved.kiosk.frame().find("service.status_message");
            REQUIRE(moved_message);
            CHECK(moved_message->text == site.ui("status.moved", lang));
        }
    }
}

TEST_CASE("the ticket step is explained, more simply in easy-read, and only where there is a queue")
{
    Page page(sous_sol(), "fr", "accueil", "2026-11-23T10:00");
    const std::vector<ui::Element> all = whole_page(page.kiosk);
    const ui::Element* tickets = find(all, "service.tickets");
    REQUIRE(tickets);
    CHECK(tickets->text == "Prenez un ticket A à la borne ou au distributeur, puis attendez que votre numéro soit appelé.");
    CHECK_FALSE(tickets->spoken.empty());

    Page easy(sous_sol(), "fr", "accueil", "2026-11-23T10:00", {ui::TextSize::Standard, ui::Contrast::Standard, true, false});
    const std::vector<ui::Element> easy_all = whole_page(easy.kiosk);
    const ui::Element* easy_tickets = find(easy_all, "service.tickets");
    REQUIRE(easy_tickets);
    CHECK(easy_tickets->text == "Prenez un ticket A. Attendez qu'on appelle votre numéro.");

    Page no_queue(sous_sol(), "fr", "toilettes", "2026-11-23T10:00");
    CHECK_FALSE(find(whole_page(no_queue.kiosk), "service.tickets"));

    Page arabic(sous_sol(), "ar", "accueil", "2026-11-23T10:00");
    const std::vector<ui::Element> arabic_all = whole_page(arabic.kiosk);
    const ui::Element* arabic_tickets = find(arabic_all, "service.tickets");
    REQUIRE(arabic_tickets);
    CHECK(arabic_tickets->text.find("A") != std::string::npos);
    CHECK(arabic_tickets->text.find("{prefix}") == std::string::npos);
}
