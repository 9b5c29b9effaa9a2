#include "core/i18n/bidi.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::TextDirection;

namespace {

std::string joined(const std::vector<i18n::BidiRun>& runs)
{
    std::string out;
    for (const auto& run : runs)
        out += "[" + run.text + (run.direction == TextDirection::RightToLeft ? "|R]" : "|L]");
    return out;
}

}  // namespace

TEST_CASE("plain left-to-right text is one run", "[i18n][bidi]")
{
    CHECK(joined(i18n::visual_runs("Guichet B", TextDirection::LeftToRight)) == "[Guichet B|L]");
}

TEST_CASE("plain Arabic text in an Arabic paragraph is one right-to-left run", "[i18n][bidi]")
{
    CHECK(joined(i18n::visual_runs("الشباك", TextDirection::RightToLeft)) == "[الشباك|R]");
}

TEST_CASE("Latin words inside an Arabic paragraph keep their order and come first on the left", "[i18n][bidi]")
{
    // Logical: Arabic word, space, "Guichet B". Visually (RTL) the Latin run sits to the left.
    auto runs = i18n::visual_runs("الشباك Guichet B", TextDirection::RightToLeft);
    // The space between them resolves to the paragraph's direction and joins the Arabic run.
    CHECK(joined(runs) == "[Guichet B|L][الشباك |R]");
}

TEST_CASE("mixed French and Arabic sign text reads correctly in a French paragraph", "[i18n][bidi]")
{
    auto runs = i18n::visual_runs("Guichet B / الشباك B", TextDirection::LeftToRight);
    CHECK(joined(runs) == "[Guichet B / |L][الشباك|R][ B|L]");
}

TEST_CASE("numbers in Arabic text are drawn left to right", "[i18n][bidi]")
{
    auto runs = i18n::visual_runs("الطابق 12", TextDirection::RightToLeft);
    CHECK(joined(runs) == "[12|L][الطابق |R]");
}

// Opening hours, dates, decimals and room numbers: the Unicode rules W2, W4 and N1 that the
// hand-written algorithm lacked ("09:00" was drawn "00:09" in Arabic).
TEST_CASE("opening hours in an Arabic line stay times, and the first range is on the right", "[i18n][bidi]")
{
    auto runs = i18n::visual_runs("مفتوح 09:00 – 12:00، 13:30 – 16:00", TextDirection::RightToLeft);
    CHECK(joined(runs) == "[16:00|L][ – |R][13:30|L][، |R][12:00|L][ – |R][09:00|L][مفتوح |R]");
}

TEST_CASE("opening hours in a Hebrew line stay times, and the first range is on the right", "[i18n][bidi]")
{
    auto runs = i18n::visual_runs("פתוח 09:00 – 12:00, 13:30 – 16:00", TextDirection::RightToLeft);
    CHECK(joined(runs) == "[16:00|L][ – |R][13:30|L][, |R][12:00|L][ – |R][09:00|L][פתוח |R]");
}

TEST_CASE("an hours line that starts with a time in a right-to-left paragraph", "[i18n][bidi]")
{
    CHECK(joined(i18n::visual_runs("09:00 – 12:00", TextDirection::RightToLeft)) == "[12:00|L][ – |R][09:00|L]");
}

TEST_CASE("dates, decimals and room numbers are one left-to-right run in Arabic and Hebrew", "[i18n][bidi]")
{
    CHECK(joined(i18n::visual_runs("الموعد 01/12/2026", TextDirection::RightToLeft)) == "[01/12/2026|L][الموعد |R]");
    CHECK(joined(i18n::visual_runs("المسافة 2.5 م", TextDirection::RightToLeft)) == "[ م|R][2.5|L][المسافة |R]");
    CHECK(joined(i18n::visual_runs("القاعة 1.04", TextDirection::RightToLeft)) == "[1.04|L][القاعة |R]");
    CHECK(joined(i18n::visual_runs("חדר 204, קומה 2,5", TextDirection::RightToLeft)) == "[2,5|L][, קומה |R][204|L][חדר |R]");
}

TEST_CASE("a negative level number reads as on the lift button in every direction", "[i18n][bidi]")
{
    CHECK(joined(i18n::visual_runs("Niveau -1", TextDirection::LeftToRight)) == "[Niveau -1|L]");
    // Plain, the Unicode rules put the minus on the right of the digit in a right-to-left line...
    CHECK(joined(i18n::visual_runs("الطابق -1", TextDirection::RightToLeft)) == "[1|L][الطابق -|R]");
    // ...so level numbers are isolated: "-1" stays one left-to-right run.
    CHECK(i18n::level_number(-1) == "\u2066-1\u2069");
    CHECK(i18n::level_number(2) == "2");
    CHECK(joined(i18n::visual_runs("الطابق " + i18n::level_number(-1), TextDirection::RightToLeft)) ==
          "[-1|L][الطابق |R]");  // the isolate marks are not drawn
    CHECK(joined(i18n::visual_runs("קומה " + i18n::level_number(-2), TextDirection::RightToLeft)) ==
          "[-2|L][קומה |R]");
}

TEST_CASE("the script of a run chooses the shaper's script and font", "[i18n][bidi]")
{
    CHECK(i18n::script_of("12 الطابق") == "Arab");
    CHECK(i18n::script_of("קומה 2") == "Hebr");
    CHECK(i18n::script_of("Поверх 2") == "Cyrl");
    CHECK(i18n::script_of("Niveau 2") == "Latn");
    CHECK(i18n::script_of("، ") == "Latn");  // an Arabic comma alone is punctuation
    CHECK(i18n::has_rtl_letters("קומה"));
    CHECK(i18n::has_rtl_letters("الطابق"));
    CHECK_FALSE(i18n::has_rtl_letters("09:00 – 12:00"));
}

TEST_CASE("invalid UTF-8 never loops or throws", "[i18n][bidi]")
{
    std::string bad = "a\xff\xc3(b\xe2\x82";
    auto runs = i18n::visual_runs(bad, TextDirection::RightToLeft);
    std::size_t total = 0;
    for (const auto& run : runs)
        total += run.text.size();
    CHECK(total == bad.size());
}

TEST_CASE("a labelled level keeps its order inside a right-to-left sentence", "[i18n][bidi]")
{
    // Site::level_label isolates a label with U+2068 (first strong): "1.5" and "RC" stay whole.
    CHECK(joined(i18n::visual_runs("עלו עד קומה \u20681.5\u2069 (קומת ביניים): 2 גרמי", TextDirection::RightToLeft)) ==
          "[ גרמי|R][2|L][ (קומת ביניים): |R][1.5|L][עלו עד קומה |R]");
    CHECK(joined(i18n::visual_runs("اضغط على \u2068RC\u2069.", TextDirection::RightToLeft)) == "[.|R][RC|L][اضغط على |R]");
}
