#pragma once
// A small, deterministic subset of the Unicode Bidirectional Algorithm, enough for one line of
// kiosk text: strong letters, numbers and neutrals, resolved to levels and reordered (rule L2).
// It lets "Guichet B / الشباك B" read correctly in both an Arabic and a French paragraph, since
// the text renderer shapes one directional run at a time.

#include "content/site.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::i18n {

using content::TextDirection;

struct BidiRun {
    std::string text;  // logical order inside the run; the shaper lays it out in `direction`
    TextDirection direction = TextDirection::LeftToRight;
};

// The runs of one line in visual order, left to right on screen.
std::vector<BidiRun> visual_runs(std::string_view line, TextDirection base);

// True if the text holds at least one right-to-left letter (Arabic, Hebrew...).
bool has_rtl_letters(std::string_view text);

// Decodes one UTF-8 code point at `pos` and advances it; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& pos);

}  // namespace phare::i18n
