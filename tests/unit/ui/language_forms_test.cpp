// Each language's own forms where visitors read and hear them: times as its signs write them,
// its list punctuation between the parts of a spoken label, and a time template that may only use
// the placeholders the kiosk fills.

#include "core/content/hours.h"
#include "core/i18n/language_name.h"
#include "core/i18n/template.h"
#include "support/site_files.h"
#include "support/test_kiosk.h"

#include <catch2/catch.hpp>

using namespace phare;

TEST_CASE("times and hours ranges are written as each language's signs write them", "[ui][i18n][times]")
{
    const content::Site example = test::load_valid_site("config/sites/prefecture-44");
    const content::Site sous_sol = test::load_valid_site("tests/fixtures/sites/sous-sol");
    const std::vector<content::TimeRange> day{{9 * 60, 12 * 60}, {13 * 60 + 30, 17 * 60}};
    CHECK(content::day_ranges(example, day, "fr") == "9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h");
    CHECK(content::day_ranges(example, day, "en") == "9:00 – 12:00, 13:30 – 17:00");
    CHECK(content::day_ranges(example, day, "es") == "9:00 – 12:00, 13:30 – 17:00");
    CHECK(content::day_ranges(example, day, "ar") == "09:00 – 12:00، 13:30 – 17:00");
    CHECK(content::day_ranges(example, day, "uk") == "09:00 – 12:00, 13:30 – 17:00");
    CHECK(content::day_ranges(sous_sol, day, "he") == "9:00 – 12:00, 13:30 – 17:00");
    CHECK(content::day_ranges(example, {}, "fr") == std::string(example.ui("service.closed", "fr")));
    CHECK(content::format_time(example, 8 * 60 + 5, "fr") == "8\u00A0h\u00A005");
}

TEST_CASE("the parts of a spoken label are joined with the language's punctuation", "[ui][i18n]")
{
    const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    test::FixedMetrics metrics;
    ui::KioskUi kiosk(site, ui::DeviceProfile{}, metrics, ui::initial_state("ar"));
    const ui::Element* service = kiosk.frame().find("service.accueil");
    REQUIRE(service);
    // "الاستقبال، زر، 1 من 6": Arabic commas, never a Latin one.
    CHECK(service->spoken.find("\u060C ") != std::string::npos);
    CHECK(service->spoken.find(", ") == std::string::npos);
    ui::KioskUi french(site, ui::DeviceProfile{}, metrics, ui::initial_state("fr"));
    CHECK(french.frame().find("service.accueil")->spoken.find(", bouton") != std::string::npos);
}

TEST_CASE("a time template may only use {h}, {hh} and {mm}", "[content][i18n][times]")
{
    auto files = test::with_json(test::read_site("tests/fixtures/sites/sous-sol"), "strings/ar.json",
                                 [](nlohmann::json& strings) { strings["time.hour"] = "الساعة {hour}"; });
    const auto loaded = content::load_site(files);
    CHECK_FALSE(loaded.site);
    CHECK(test::has_problem(loaded.problems, content::Severity::Error, "strings/ar.json", "/time.hour", "{h}{hh}{mm}"));
    // Any choice among them is fine: Hebrew might write "{hh}:{mm}" where French writes "{h} h".
    auto fine = test::with_json(test::read_site("tests/fixtures/sites/sous-sol"), "strings/he.json",
                                [](nlohmann::json& strings) { strings["time.hour"] = "{hh}:{mm}"; });
    CHECK(content::load_site(fine).site);
}

TEST_CASE("a fallback text's language is named in the visitor's language", "[ui][i18n]")
{
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    struct Case {
        const char* lang;
        const char* intro;
    };
    for (const Case& c : {Case{"en", "Message in French:"}, Case{"es", "Mensaje en francés:"}, Case{"ar", "رسالة باللغة الفرنسية:"},
                          Case{"uk", "Повідомлення (мова: французька):"}}) {
        INFO(c.lang);
        CHECK(i18n::fill(site.ui("fallback.intro", c.lang), {{"language", i18n::language_name("fr", c.lang)}}, c.lang) == c.intro);
    }
    CHECK(i18n::language_name("fr", "he") == "צרפתית");
    CHECK(i18n::language_name("ar", "fr") == "arabe");
}
