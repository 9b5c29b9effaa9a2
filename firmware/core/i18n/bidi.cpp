#include "i18n/bidi.h"

#include <algorithm>

namespace phare::i18n {

namespace {

enum class CharClass { Left, Right, Number, Neutral };

CharClass classify(char32_t c)
{
    if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
        if (c >= 0x0660 && c <= 0x0669)
            return CharClass::Number;  // Arabic-Indic digits read left to right like ours
        if (c >= 0x06F0 && c <= 0x06F9)
            return CharClass::Number;
        return CharClass::Right;
    }
    if (c >= '0' && c <= '9')
        return CharClass::Number;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return CharClass::Left;
    if (c < 0x00C0 || c == 0x00D7 || c == 0x00F7 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F))
        return CharClass::Neutral;  // spaces, punctuation, symbols, arrows
    return CharClass::Left;         // Latin, Greek, Cyrillic and other left-to-right scripts
}

struct Unit {
    std::size_t begin;
    std::size_t end;
    CharClass cls;
    int level = 0;
};

bool is_odd(int level) { return level % 2 != 0; }

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos)
{
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || pos + static_cast<std::size_t>(extra) >= text.size() + (extra == 0 ? 1 : 0)) {
        ++pos;
        return 0xFFFD;
    }
    char32_t c = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        unsigned char b = byte(pos + static_cast<std::size_t>(i));
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        c = (c << 6) | (b & 0x3F);
    }
    pos += static_cast<std::size_t>(extra) + 1;
    return c;
}

bool has_rtl_letters(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();)
        if (classify(next_code_point(text, pos)) == CharClass::Right)
            return true;
    return false;
}

std::vector<BidiRun> visual_runs(std::string_view line, TextDirection base)
{
    const int base_level = base == TextDirection::RightToLeft ? 1 : 0;
    std::vector<Unit> units;
    for (std::size_t pos = 0; pos < line.size();) {
        std::size_t begin = pos;
        CharClass cls = classify(next_code_point(line, pos));
        units.push_back({begin, pos, cls});
    }
    // Numbers take the direction of the strong letter before them (W2/W7 in short).
    CharClass last_strong = base_level ? CharClass::Right : CharClass::Left;
    std::vector<CharClass> effective(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        effective[i] = units[i].cls;
        if (units[i].cls == CharClass::Left || units[i].cls == CharClass::Right)
            last_strong = units[i].cls;
        else if (units[i].cls == CharClass::Number)
            effective[i] = last_strong;  // used only to resolve neutrals
    }
    // Levels: neutrals between two strong sides of one direction take it, otherwise the base (N1/N2).
    for (std::size_t i = 0; i < units.size();) {
        if (effective[i] != CharClass::Neutral) {
            bool rtl = effective[i] == CharClass::Right;
            if (units[i].cls == CharClass::Number)
                units[i].level = rtl || base_level ? (base_level | 1) + 1 : base_level;
            else
                units[i].level = rtl ? (base_level | 1) : (base_level ? 2 : 0);
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < units.size() && effective[j] == CharClass::Neutral)
            ++j;
        CharClass before = i == 0 ? (base_level ? CharClass::Right : CharClass::Left) : effective[i - 1];
        CharClass after = j == units.size() ? (base_level ? CharClass::Right : CharClass::Left) : effective[j];
        int level = before == after ? (before == CharClass::Right ? (base_level | 1) : (base_level ? 2 : 0)) : base_level;
        for (std::size_t k = i; k < j; ++k)
            units[k].level = level;
        i = j;
    }
    // Runs of equal level, in logical order.
    struct LevelRun {
        std::size_t begin, end;
        int level;
    };
    std::vector<LevelRun> runs;
    for (const Unit& unit : units) {
        if (!runs.empty() && runs.back().level == unit.level)
            runs.back().end = unit.end;
        else
            runs.push_back({unit.begin, unit.end, unit.level});
    }
    // L2: from the highest level down to the lowest odd one, reverse each stretch at or above it.
    int highest = 0;
    int lowest_odd = 99;
    for (const LevelRun& run : runs) {
        highest = std::max(highest, run.level);
        if (is_odd(run.level))
            lowest_odd = std::min(lowest_odd, run.level);
    }
    for (int level = highest; level >= lowest_odd && level > 0; --level)
        for (std::size_t i = 0; i < runs.size();) {
            if (runs[i].level < level) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < runs.size() && runs[j].level >= level)
                ++j;
            std::reverse(runs.begin() + static_cast<std::ptrdiff_t>(i), runs.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
        }
    std::vector<BidiRun> out;
    for (const LevelRun& run : runs)
        out.push_back({std::string(line.substr(run.begin, run.end - run.begin)),
                       is_odd(run.level) ? TextDirection::RightToLeft : TextDirection::LeftToRight});
    return out;
}

}  // namespace phare::i18n
