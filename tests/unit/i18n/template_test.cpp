// Templates choose words by number with each language's CLDR plural rules (ICU).
#include "core/content/string_keys.h"
#include "core/i18n/template.h"

#include <catch2/catch.hpp>

using phare::i18n::fill;

TEST_CASE("plural placeholders pick the form each language's rules give the number", "[i18n][template]")
{
    const char* fr = "{steps, plural, one {# marche} other {# marches}}";
    CHECK(fill(fr, {{"steps", "0"}}, "fr") == "0 marche");  // French: 0 and 1 are singular
    CHECK(fill(fr, {{"steps", "1"}}, "fr") == "1 marche");
    CHECK(fill(fr, {{"steps", "3"}}, "fr") == "3 marches");
    const char* en = "{n, plural, one {# minute} other {# minutes}}";
    CHECK(fill(en, {{"n", "0"}}, "en") == "0 minutes");
    CHECK(fill(en, {{"n", "1"}}, "en") == "1 minute");
    const char* uk = "{n, plural, one {# метр} few {# метри} many {# метрів} other {# метра}}";
    CHECK(fill(uk, {{"n", "1"}}, "uk") == "1 метр");
    CHECK(fill(uk, {{"n", "21"}}, "uk") == "21 метр");
    CHECK(fill(uk, {{"n", "3"}}, "uk") == "3 метри");
    CHECK(fill(uk, {{"n", "5"}}, "uk") == "5 метрів");
    CHECK(fill(uk, {{"n", "11"}}, "uk") == "11 метрів");
    const char* ar = "{n, plural, zero {لا درجات} one {درجة واحدة} two {درجتان} few {# درجات} many {# درجة} other {# درجة}}";
    CHECK(fill(ar, {{"n", "0"}}, "ar") == "لا درجات");
    CHECK(fill(ar, {{"n", "1"}}, "ar") == "درجة واحدة");
    CHECK(fill(ar, {{"n", "2"}}, "ar") == "درجتان");
    CHECK(fill(ar, {{"n", "7"}}, "ar") == "7 درجات");
    CHECK(fill(ar, {{"n", "12"}}, "ar") == "12 درجة");
    CHECK(fill(ar, {{"n", "100"}}, "ar") == "100 درجة");
}

TEST_CASE("a plural branch may hold placeholders and exact values match first", "[i18n][template]")
{
    const char* text = "Prenez {place} : {steps, plural, =1 {une seule marche} one {# marche} other {# marches vers {place}}}.";
    CHECK(fill(text, {{"place", "l'escalier"}, {"steps", "1"}}, "fr") == "Prenez l'escalier : une seule marche.");
    CHECK(fill(text, {{"place", "l'escalier"}, {"steps", "4"}}, "fr") == "Prenez l'escalier : 4 marches vers l'escalier.");
    // Without a language only the exact values and "other" apply.
    CHECK(fill("{n, plural, one {# step} other {# steps}}", {{"n", "1"}}) == "1 steps");
    // A missing or non-numeric argument shows the mistake rather than a wrong form.
    CHECK(fill("{n, plural, one {# step} other {# steps}}", {}, "en") == "{n}");
    CHECK(fill("{n, plural, one {# step} other {# steps}}", {{"n", "many"}}, "en") == "{n}");
    CHECK(fill("Page {page} sur {pages}", {{"page", "2"}}, "fr") == "Page 2 sur {pages}");
}

TEST_CASE("validation compares the names a plural template uses, not its words", "[i18n][template]")
{
    using phare::content::placeholders;
    CHECK(placeholders("Prenez {place} : {steps, plural, one {# marche} other {# marches}}.") ==
          std::vector<std::string>{"place", "steps"});
    CHECK(placeholders("{n, plural, one {# {unit}} other {# {unit}s}} {n}") == std::vector<std::string>{"n", "unit"});
    CHECK(placeholders("Page {page} sur {pages}") == std::vector<std::string>{"page", "pages"});
}
