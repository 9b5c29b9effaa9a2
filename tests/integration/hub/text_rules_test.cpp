// Invisible control characters (NUL, C0/C1, bidi overrides and isolates) refused in what agents
// type and in kiosks' heartbeats, with a sentence naming the field.

#include "agent_forms.h"
#include "kiosk_messages.h"
#include "text_check.h"

#include "core/content/site.h"
#include "hub_fixture.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

content::Site example_site()
{
    content::Site site;
    site.languages.push_back({});
    site.languages.back().code = "fr";
    site.languages.back().name = "Français";
    site.languages.push_back({});
    site.languages.back().code = "ar";
    site.languages.back().name = "العربية";
    return site;
}

}  // namespace

TEST_CASE("text with NUL, C0, C1 or bidi controls is refused; ordinary text in any script passes", "[hub][text]")
{
    using hub::Lines;
    CHECK_FALSE(hub::find_forbidden_character("Guichet fermé — مغلق اليوم 中文 😀", Lines::Single));
    // Right-to-left and left-to-right marks are needed by Arabic text: they stay allowed.
    CHECK_FALSE(hub::find_forbidden_character("الطابق \u200F2\u200E", Lines::Single));
    CHECK_FALSE(hub::find_forbidden_character("ligne 1\r\nligne 2\tfin", Lines::Multiple));

    auto nul = hub::find_forbidden_character(std::string("ab\0c", 4), Lines::Multiple);
    REQUIRE(nul);
    CHECK(nul->offset == 2);
    CHECK(nul->code_point == 0);
    CHECK(hub::find_forbidden_character("a\x1b[31m", Lines::Multiple)->code_point == 0x1B);
    CHECK(hub::find_forbidden_character("a\x7f", Lines::Multiple)->code_point == 0x7F);
    CHECK(hub::find_forbidden_character("a\u0085b", Lines::Multiple)->code_point == 0x85);  // C1 NEL
    for (char32_t bidi : {U'\u202A', U'\u202B', U'\u202C', U'\u202D', U'\u202E', U'\u2066', U'\u2067', U'\u2068', U'\u2069'}) {
        std::string text = "abc";
        text += static_cast<char>(0xE2);
        text += static_cast<char>(0x80 | ((bidi >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (bidi & 0x3F));
        auto found = hub::find_forbidden_character(text, Lines::Multiple);
        REQUIRE(found);
        CHECK(found->code_point == bidi);
        CHECK(found->offset == 3);
    }
    CHECK(hub::find_forbidden_character("a\tb", Lines::Single)->code_point == '\t');
    CHECK(hub::find_forbidden_character("a\nb", Lines::Single)->code_point == '\n');
    auto broken = hub::find_forbidden_character("caf\xC3", Lines::Single);
    REQUIRE(broken);
    CHECK(broken->invalid_utf8);
    CHECK(hub::find_forbidden_character("\xC0\xAF", Lines::Single)->invalid_utf8);  // overlong '/'
    CHECK(hub::describe_forbidden_fr(*hub::find_forbidden_character("\u202E", Lines::Single)) ==
          "un caractère invisible qui change le sens d'écriture du texte (U+202E)");
    CHECK(hub::describe_forbidden_en(*nul) == "an invisible control character (U+0000)");
}

TEST_CASE("an agent's form with a hidden control character is refused naming the field in French", "[hub][text]")
{
    auto site = example_site();
    hub::FormFields ok{{"state", "closed_today"}, {"date", "2026-09-21"}, {"message_ar", "مغلق\r\nاليوم"}, {"hours", "09:00-12:00\n14:00-16:00"}};
    CHECK(hub::form_text_problems(ok, site).empty());

    hub::FormFields bidi{{"text_ar", "مغلق \u202Eاليوم"}, {"text_fr", "Fermé"}, {"starts", std::string("2026-09-21T08:00\0", 17)}};
    auto problems = hub::form_text_problems(bidi, site);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "Le champ « Début » contient un caractère de contrôle invisible (U+0000). Retirez-le (il vient souvent "
                         "d'un copier-coller) puis enregistrez à nouveau.");
    CHECK(problems[1].find("« Texte — العربية »") != std::string::npos);
    CHECK(problems[1].find("sens d'écriture") != std::string::npos);

    hub::FormFields tab_in_line{{"moved_to", "hall\tb"}};
    auto one_line = hub::form_text_problems(tab_in_line, site);
    REQUIRE(one_line.size() == 1);
    CHECK(one_line[0].find("« Nouvel emplacement »") != std::string::npos);
}

TEST_CASE("a heartbeat whose last error hides control characters is refused naming the field", "[hub][text]")
{
    auto ok = hub::parse_heartbeat(R"({"content_version":1,"uptime_s":5,"outbox_backlog":0,"last_error":"line 1\nline 2\tend"})", "hall");
    REQUIRE(ok.value);
    CHECK(ok.value->last_error == "line 1\nline 2\tend");

    auto bidi = hub::parse_heartbeat(R"({"content_version":1,"uptime_s":5,"outbox_backlog":0,"last_error":"ok \u202e gnorw"})", "hall");
    CHECK_FALSE(bidi.value);
    REQUIRE(bidi.problems.size() == 1);
    CHECK(bidi.problems[0].field == "/last_error");
    CHECK(bidi.problems[0].message == "contains an invisible character that changes the direction of text (U+202E) at byte 3; send plain "
                                      "text (tabs and line breaks are allowed)");

    auto nul = hub::parse_heartbeat(R"({"content_version":1,"uptime_s":5,"outbox_backlog":0,"last_error":"a\u0000b"})", "hall");
    REQUIRE(nul.problems.size() == 1);
    CHECK(nul.problems[0].message.find("U+0000") != std::string::npos);
}
