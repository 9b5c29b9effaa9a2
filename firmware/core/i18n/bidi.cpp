#include "core/i18n/bidi.h"

#include <fribidi.h>

#include <algorithm>
#include <numeric>

namespace phare::i18n {

namespace {

bool is_bidi_control(char32_t c) { return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

}  // namespace

std::vector<BidiRun> visual_runs(std::string_view line, TextDirection base)
{
    if (line.empty())
        return {};
    std::vector<FriBidiChar> chars;
    std::vector<std::size_t> offsets;  // byte offset of each code point, then the end
    for (std::size_t pos = 0; pos < line.size();) {
        offsets.push_back(pos);
        chars.push_back(next_code_point(line, pos));
    }
    offsets.push_back(line.size());
    const auto count = static_cast<FriBidiStrIndex>(chars.size());
    std::vector<FriBidiCharType> types(chars.size());
    std::vector<FriBidiBracketType> brackets(chars.size());
    std::vector<FriBidiLevel> levels(chars.size());
    fribidi_get_bidi_types(chars.data(), count, types.data());
    fribidi_get_bracket_types(chars.data(), count, types.data(), brackets.data());
    FriBidiParType paragraph = base == TextDirection::RightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    std::vector<FriBidiStrIndex> map(chars.size());
    std::iota(map.begin(), map.end(), 0);
    const bool resolved = fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), count, &paragraph, levels.data()) != 0 &&
                          fribidi_reorder_line(0, types.data(), count, 0, paragraph, levels.data(), nullptr, map.data()) != 0;
    if (!resolved)  // only on allocation failure: draw the line as one run of the paragraph's direction
        return {{std::string(line), base}};
    // map[visual] = logical. A run is a stretch of one level whose logical indices follow each
    // other (rising left to right for an even level, falling for an odd one).
    std::vector<BidiRun> out;
    std::size_t v = 0;
    while (v < chars.size()) {
        const FriBidiLevel level = levels[static_cast<std::size_t>(map[v])];
        const int step = FRIBIDI_LEVEL_IS_RTL(level) ? -1 : 1;
        std::size_t end = v + 1;
        while (end < chars.size() && levels[static_cast<std::size_t>(map[end])] == level && map[end] == map[end - 1] + step)
            ++end;
        const auto first = static_cast<std::size_t>(std::min(map[v], map[end - 1]));
        const auto last = static_cast<std::size_t>(std::max(map[v], map[end - 1]));
        // Bidi controls have done their work here; the shaper and the fonts get only what is drawn
        // (a lone isolate mark given to a font without its glyph could drop the line's other runs).
        std::string text;
        for (std::size_t i = first; i <= last; ++i)
            if (!is_bidi_control(chars[i]))
                text.append(line.substr(offsets[i], offsets[i + 1] - offsets[i]));
        if (!text.empty())
            out.push_back({std::move(text), FRIBIDI_LEVEL_IS_RTL(level) ? TextDirection::RightToLeft : TextDirection::LeftToRight});
        v = end;
    }
    return out;
}

std::string level_number(int ordinal)
{
    const std::string digits = std::to_string(ordinal);
    return ordinal < 0 ? "\u2066" + digits + "\u2069" : digits;
}

bool has_rtl_letters(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        const FriBidiCharType type = fribidi_get_bidi_type(next_code_point(text, pos));
        if (type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL)
            return true;
    }
    return false;
}

std::string_view script_of(std::string_view text)
{
    // Letters only: an Arabic comma or Arabic-Indic digit in a run of Latin digits does not make
    // it Arabic (the font set finds a face for that one glyph).
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        const FriBidiCharType type = fribidi_get_bidi_type(c);
        if (type == FRIBIDI_TYPE_RTL && ((c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F)))
            return "Hebr";
        if (type == FRIBIDI_TYPE_AL)
            return "Arab";
        if (c >= 0x0400 && c <= 0x052F)
            return "Cyrl";
    }
    return "Latn";
}

}  // namespace phare::i18n
