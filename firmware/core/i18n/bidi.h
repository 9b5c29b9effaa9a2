#pragma once
// One line of kiosk text cut into directional runs in visual order, by GNU FriBidi (the full
// Unicode Bidirectional Algorithm: numbers joined by ':' ',' '.' '/', brackets, isolates). The text
// renderer shapes one run at a time in its direction, so "09:00 – 12:00" stays a pair of times in
// an Arabic or Hebrew line.

#include "core/content/site.h"
#include "core/i18n/utf8.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::i18n {

using content::TextDirection;

struct BidiRun {
    std::string text;  // logical order inside the run; the shaper lays it out in `direction`
    TextDirection direction = TextDirection::LeftToRight;
};

// The runs of one line in visual order, left to right on screen, for a paragraph of `base`
// direction.
std::vector<BidiRun> visual_runs(std::string_view line, TextDirection base);

// A level number as the lift button shows it. A negative one ("-1") is a left-to-right isolate
// (U+2066 ... U+2069): plain, the Unicode rules would draw it "1-" in an Arabic or Hebrew line.
std::string level_number(int ordinal);

// True if the text holds at least one right-to-left letter (Arabic, Hebrew...).
bool has_rtl_letters(std::string_view text);

// The writing system of a run for the shaper and the font choice: "Arab", "Hebr", "Cyrl" or "Latn"
// (ISO 15924), from the first letter that is not Latin; punctuation and digits do not count.
std::string_view script_of(std::string_view text);

}  // namespace phare::i18n
