#include "i18n/bidi.h"

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

TEST_CASE("invalid UTF-8 never loops or throws", "[i18n][bidi]")
{
    std::string bad = "a\xff\xc3(b\xe2\x82";
    auto runs = i18n::visual_runs(bad, TextDirection::RightToLeft);
    std::size_t total = 0;
    for (const auto& run : runs)
        total += run.text.size();
    CHECK(total == bad.size());
}
