// Levels are shown by their label and spoken by their spoken label, never by the ordinal that only
// orders them: a ground floor "RC", a stairs-only mezzanine "1.5" between floors 1 and 2, a
// basement "-1" (tests/fixtures/sites/sous-sol).

#include "core/i18n/speech_text.h"
#include "support/site_files.h"
#include "support/test_kiosk.h"
#include "core/wayfinding/directions.h"

#include <catch2/catch.hpp>

using namespace phare;
using namespace phare::wayfinding;

namespace {

const content::Site& sous_sol()
{
    static const content::Site site = test::load_valid_site("tests/fixtures/sites/sous-sol");
    return site;
}

const content::Level& level(const char* id)
{
    const content::Level* found = sous_sol().map.find_level(id);
    REQUIRE(found);
    return *found;
}

// The directions from the kiosk to a service, as shown and as the voice is given them.
std::vector<Direction> route_to(const content::Site& site, const char* service, const char* lang, Profile profile = Profile::Standard,
                                Wording wording = Wording::Standard)
{
    RoutingGraph graph(site.map, site.routing);
    auto route = plan_route(site, graph, site.kiosks.front().id, service, profile);
    REQUIRE(route);
    return directions(site, *route, lang, wording);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a level's label and spoken label come from the site, or from its ordinal", "[wayfinding][levels]")
{
    const content::Site& site = sous_sol();
    CHECK(site.level_label(level("l0"), "fr") == "\u2068RC\u2069");
    CHECK(site.level_spoken(level("l0"), "fr") == "rez-de-chaussée");
    CHECK(site.level_spoken(level("l0"), "ar") == "الطابق الأرضي");
    CHECK(site.level_label(level("lm"), "he") == "\u20681.5\u2069");
    CHECK(site.level_spoken(level("lm"), "he") == "אחת וחצי");
    // No label: the ordinal, isolated when negative so an Arabic line keeps "-1".
    CHECK(site.level_label(level("l-1"), "ar") == "\u2066-1\u2069");
    CHECK(site.level_spoken(level("l-1"), "fr") == "-1");
    CHECK(i18n::speech_text(site.level_spoken(level("l-1"), "fr"), "fr") == "moins un");
    // The mezzanine's ordinal (2) is never what a visitor reads: floor 2 is ordinal 3, labelled "2".
    CHECK(level("lm").ordinal == 2);
    CHECK(site.level_label(level("l2"), "fr") == "\u20682\u2069");
}

TEST_CASE("directions show the label and say the spoken label, for a basement, a ground floor and a mezzanine", "[wayfinding][levels]")
{
    const content::Site& site = sous_sol();
    // The mezzanine has stairs only: the standard route climbs to "1.5"; the voice says "un et demi".
    bool shown = false;
    for (const Direction& d : route_to(site, "mediation", "fr")) {
        INFO(d.text << " | " << d.spoken);
        CHECK_FALSE(contains(d.text, "niveau 2 "));  // its ordinal, never shown
        if (contains(d.text, "jusqu'au niveau \u20681.5\u2069 (Mezzanine)")) {
            shown = true;
            CHECK(contains(d.spoken, "jusqu'au niveau un et demi (Mezzanine)"));
        }
    }
    CHECK(shown);
    // Easy-read says which lift button to press: floor 2 is "2", not the ordinal 3.
    bool pressed = false;
    for (const Direction& d : route_to(site, "commission", "fr", Profile::StepFree, Wording::EasyRead))
        if (contains(d.text, "Appuyez sur")) {
            pressed = true;
            CHECK(contains(d.text, "Appuyez sur \u20682\u2069."));
            CHECK(i18n::speech_text(d.spoken, "fr").ends_with("Appuyez sur 2."));
        }
    CHECK(pressed);
    // The basement, in Arabic: shown "-1" in an isolate, said in words.
    bool below = false;
    for (const Direction& d : route_to(site, "archives", "ar", Profile::StepFree, Wording::EasyRead))
        if (contains(d.text, "\u2066-1\u2069")) {
            below = true;
            CHECK(contains(i18n::speech_text(d.spoken, "ar"), "ناقص واحد"));
        }
    CHECK(below);
}

TEST_CASE("no mezzanine by lift: the step-free route to it sends the visitor to reception, on level RC", "[wayfinding][levels]")
{
    const content::Site& site = sous_sol();
    RoutingGraph graph(site.map, site.routing);
    auto route = plan_route(site, graph, "borne", "mediation", Profile::StepFree);
    REQUIRE_FALSE(route);
    CHECK(route.error().reason == NoRouteReason::NoStepFreeRoute);
}

TEST_CASE("a site without labels shows and says its ordinals, as before", "[wayfinding][levels]")
{
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    for (const content::Level& l : site.map.levels) {
        INFO(l.id);
        CHECK(l.label.empty());
        const std::string number = std::to_string(l.ordinal);
        CHECK(site.level_label(l, "fr") == (l.ordinal < 0 ? "\u2066" + number + "\u2069" : number));
        CHECK(site.level_spoken(l, "fr") == number);
    }
}

TEST_CASE("what each language says to take the lift down to the basement", "[wayfinding][levels][speech]")
{
    struct Case {
        const char* site;
        const char* lang;
        const char* said;  // the lift step, as the voice is given it
    };
    const Case cases[] = {
        {"config/sites/prefecture-44", "fr", "Prenez l'ascenseur B jusqu'au niveau moins un (Sous-sol). / Prenez l'ascenseur B. Appuyez sur moins un."},
        {"config/sites/prefecture-44", "en", "Take lift B to level minus one (Basement). / Take lift B. Press minus one."},
        {"config/sites/prefecture-44", "es", "Tome el ascensor B hasta la planta menos uno (Sótano). / Tome el ascensor B. Pulse el menos uno."},
        {"config/sites/prefecture-44", "ar", "اركب المصعد B إلى المستوى ناقص واحد (الطابق تحت الأرضي). / اركب المصعد B. اضغط على ناقص واحد."},
        {"config/sites/prefecture-44", "uk", "Їдьте ліфтом на рівень мінус один — Підземний поверх (у ліфті: мінус один). Орієнтир: ліфт B. / Зайдіть у ліфт. Орієнтир: ліфт B. Натисніть мінус один."},
        {"tests/fixtures/sites/sous-sol", "he", "קחו את המעלית עד קומה מינוס אחת (מרתף). / קחו את המעלית. לחצו על מינוס אחת."},
    };
    for (const Case& c : cases) {
        INFO(c.site << " " << c.lang);
        const content::Site site = test::load_valid_site(c.site);
        // The first named place below ground, reached step-free from the first kiosk.
        const content::Node* below = nullptr;
        for (const content::Node& node : site.map.nodes)
            if (!below && !node.name.empty() && node.kind != content::NodeKind::Lift && site.map.find_level(node.level)->ordinal < 0)
                below = &node;
        REQUIRE(below);
        RoutingGraph graph(site.map, site.routing);
        const content::Kiosk& kiosk = site.kiosks.front();
        auto route = plan_route_between(graph, kiosk.node, kiosk.heading_deg, below->id, Profile::StepFree);
        REQUIRE(route);
        std::string said;
        for (Wording wording : {Wording::Standard, Wording::EasyRead})
            for (const Direction& d : directions(site, *route, c.lang, wording))
                if (!d.edge_kinds.empty() && d.edge_kinds.front() == content::EdgeKind::Lift)
                    said += (said.empty() ? "" : " / ") + i18n::speech_text(d.spoken, c.lang);
        CHECK(said == c.said);
    }
}
