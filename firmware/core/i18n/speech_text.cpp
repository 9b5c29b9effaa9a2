#include "core/i18n/speech_text.h"

#include "core/i18n/utf8.h"

#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <cmath>
#include <optional>

namespace phare::i18n {

namespace {

std::string spell_int(int value, std::string_view lang) { return spell_number(static_cast<double>(value), lang); }

struct Time {
    int hour = 0;
    int minute = 0;
};

// How one language says a clock time and a range of two. Hours are 0-23 as on the screen.
struct TimeWording {
    std::string (*time)(Time);
    std::string (*range)(Time, Time);
};

std::string two_digits(int minute) { return (minute < 10 ? "0" : "") + std::to_string(minute); }

std::string fr_time(Time t)
{
    std::string text = std::to_string(t.hour) + (t.hour <= 1 ? " heure" : " heures");
    return t.minute == 0 ? text : text + " " + std::to_string(t.minute);
}
std::string fr_range(Time a, Time b) { return "de " + fr_time(a) + " à " + fr_time(b); }

std::string en_time(Time t)
{
    // "13 30" is heard "thirteen thirty"; "9 05" would lose its zero, hence "oh".
    if (t.minute == 0)
        return std::to_string(t.hour) + " o'clock";
    return std::to_string(t.hour) + (t.minute < 10 ? " oh " : " ") + std::to_string(t.minute);
}
std::string en_range(Time a, Time b) { return "from " + en_time(a) + " to " + en_time(b); }

std::string es_clock(Time t) { return std::to_string(t.hour) + (t.minute == 0 ? "" : " y " + std::to_string(t.minute)); }
std::string es_time(Time t) { return (t.hour == 1 ? "la " : "las ") + es_clock(t); }
std::string es_range(Time a, Time b) { return "de " + es_time(a) + " a " + es_time(b); }

std::string ar_time(Time t)
{
    return "الساعة " + std::to_string(t.hour) + (t.minute == 0 ? "" : " و " + std::to_string(t.minute) + " دقيقة");
}
std::string ar_range(Time a, Time b) { return "من " + ar_time(a) + " إلى " + ar_time(b); }

// eSpeak NG's Hebrew voice says nothing for digits: every number is given to it in words.
std::string he_time(Time t)
{
    return "השעה " + spell_int(t.hour, "he") + (t.minute == 0 ? "" : " ו " + spell_int(t.minute, "he") + " דקות");
}
std::string he_range(Time a, Time b) { return "מ" + he_time(a) + " עד " + he_time(b); }

// Ukrainian names clock hours with feminine ordinals: "з дев'ятої до дванадцятої".
constexpr std::array<const char*, 24> uk_nominative{
    "нульова",    "перша",       "друга",        "третя",         "четверта",      "пʼята",          "шоста",         "сьома",
    "восьма",     "девʼята",     "десята",       "одинадцята",    "дванадцята",    "тринадцята",     "чотирнадцята",  "пʼятнадцята",
    "шістнадцята", "сімнадцята", "вісімнадцята", "девʼятнадцята", "двадцята",      "двадцять перша", "двадцять друга", "двадцять третя"};
constexpr std::array<const char*, 24> uk_genitive{
    "нульової",    "першої",       "другої",        "третьої",         "четвертої",      "пʼятої",          "шостої",         "сьомої",
    "восьмої",     "девʼятої",     "десятої",       "одинадцятої",     "дванадцятої",    "тринадцятої",     "чотирнадцятої",  "пʼятнадцятої",
    "шістнадцятої", "сімнадцятої", "вісімнадцятої", "девʼятнадцятої", "двадцятої",      "двадцять першої", "двадцять другої", "двадцять третьої"};
std::string uk_minutes(Time t) { return t.minute == 0 ? "" : " " + std::to_string(t.minute); }
std::string uk_time(Time t) { return uk_nominative[static_cast<std::size_t>(t.hour)] + uk_minutes(t); }
std::string uk_range(Time a, Time b)
{
    return std::string("з ") + uk_genitive[static_cast<std::size_t>(a.hour)] + uk_minutes(a) + " до " +
           uk_genitive[static_cast<std::size_t>(b.hour)] + uk_minutes(b);
}

// Any other language: no leading zero and the minutes apart, which every voice reads as numbers.
std::string plain_time(Time t) { return std::to_string(t.hour) + (t.minute == 0 ? "" : " " + two_digits(t.minute)); }
std::string plain_range(Time a, Time b) { return plain_time(a) + " – " + plain_time(b); }

TimeWording wording_for(std::string_view lang)
{
    const std::string_view primary = lang.substr(0, lang.find('-'));
    if (primary == "fr")
        return {fr_time, fr_range};
    if (primary == "en")
        return {en_time, en_range};
    if (primary == "es")
        return {es_time, es_range};
    if (primary == "ar")
        return {ar_time, ar_range};
    if (primary == "he")
        return {he_time, he_range};
    if (primary == "uk")
        return {uk_time, uk_range};
    return {plain_time, plain_range};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Abbreviated units as signs and templates write them after a number ("12 m", "12 м", "12 م"): a
// voice reads them as letters, so they are spoken in full words with the language's plural.
enum class Unit { Metre, Kilometre, Minute };
struct UnitSign {
    std::string_view sign;
    Unit unit;
};
constexpr std::array<UnitSign, 8> unit_signs{{{"km", Unit::Kilometre},
                                              {"км", Unit::Kilometre},
                                              {"كم", Unit::Kilometre},
                                              {"min", Unit::Minute},
                                              {"хв", Unit::Minute},
                                              {"m", Unit::Metre},
                                              {"м", Unit::Metre},
                                              {"م", Unit::Metre}}};

// "12 mètres", "12 метрів", "12 مترًا": CLDR's full unit name for the number, in Latin digits so
// the rest of speech preparation reads it like any number.
std::string measure_words(double value, Unit unit, std::string_view lang)
{
    const icu::MeasureUnit icu_unit = unit == Unit::Metre       ? icu::MeasureUnit::getMeter()
                                      : unit == Unit::Kilometre ? icu::MeasureUnit::getKilometer()
                                                                : icu::MeasureUnit::getMinute();
    icu::Locale locale(std::string(lang).c_str());
    UErrorCode status = U_ZERO_ERROR;
    locale.setKeywordValue("numbers", "latn", status);
    const icu::UnicodeString words = icu::number::NumberFormatter::withLocale(locale)
                                         .unit(icu_unit)
                                         .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                                         .grouping(UNUM_GROUPING_OFF)
                                         .formatDouble(value, status)
                                         .toString(status);
    std::string out;
    if (U_FAILURE(status))
        return out;
    words.toUTF8String(out);
    // ICU writes a no-break space between number and name; a plain one is what the voice expects.
    for (std::string_view nbsp : {"\u00A0", "\u202F"})
        for (std::size_t at = out.find(nbsp); at != std::string::npos; at = out.find(nbsp))
            out.replace(at, nbsp.size(), " ");
    return out;
}

// Voices that are silent on digits (measured: eSpeak NG 1.51's "he" gives no sound for "1").
bool voice_skips_digits(std::string_view lang) { return lang.substr(0, lang.find('-')) == "he"; }

// Scans the shown text once, left to right; `pos` is a byte offset.
class Scanner {
public:
    Scanner(std::string_view text, std::string_view lang) : m_text(text), m_lang(lang), m_wording(wording_for(lang)) {}

    std::string run()
    {
        while (m_pos < m_text.size()) {
            if (at_word_start() && (try_range() || try_time() || try_number()))
                continue;
            if (voice_skips_digits(m_lang) && is_digit(m_text[m_pos])) {
                spell_digits();  // a date's or a room's parts: in words, or the voice is silent
                continue;
            }
            copy_one();
        }
        return m_out;
    }

private:
    // Not inside a number: "02" in "10:02:41" or "2" in "1.2.3" is no time or number of its own.
    bool at_word_start() const
    {
        if (m_pos == 0)
            return true;
        const char before = m_text[m_pos - 1];
        return !is_digit(before) && before != ':' && before != '.' && before != ',' && before != '/';
    }

    // A space, or the no-break spaces French typography puts in "9 h 30": its length in bytes.
    std::size_t space_at(std::size_t at) const
    {
        for (std::string_view space : {" ", "\u00A0", "\u202F"})
            if (m_text.substr(at, space.size()) == space)
                return space.size();
        return 0;
    }

    std::size_t digits(std::size_t at) const
    {
        std::size_t end = at;
        while (end < m_text.size() && is_digit(m_text[end]))
            ++end;
        return end - at;
    }

    // "9:00", "09:00", "9h", "9 h", "9h30", "9 h 30": a time written as on French signs or clocks.
    std::optional<Time> time_at(std::size_t& at) const
    {
        const std::size_t hour_digits = digits(at);
        if (hour_digits == 0 || hour_digits > 2)
            return std::nullopt;
        Time t{std::stoi(std::string(m_text.substr(at, hour_digits))), 0};
        std::size_t p = at + hour_digits;
        if (p < m_text.size() && m_text[p] == ':') {
            if (digits(p + 1) != 2)
                return std::nullopt;
            t.minute = std::stoi(std::string(m_text.substr(p + 1, 2)));
            p += 3;
        } else {
            std::size_t h = p + space_at(p);
            if (h >= m_text.size() || m_text[h] != 'h' || (h + 1 < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[h + 1]))))
                return std::nullopt;
            p = h + 1;
            std::size_t m = p + space_at(p);
            if (digits(m) == 2) {
                t.minute = std::stoi(std::string(m_text.substr(m, 2)));
                p = m + 2;
            }
        }
        const bool seconds_follow = p + 1 < m_text.size() && m_text[p] == ':' && digits(p + 1) > 0;  // 10:02:41
        if (t.hour > 23 || t.minute > 59 || digits(p) > 0 || seconds_follow)
            return std::nullopt;
        at = p;
        return t;
    }

    // A dash between two times, with or without spaces: '-', '–' (en dash), '—' (em dash).
    bool dash_at(std::size_t& at) const
    {
        std::size_t p = at;
        while (space_at(p) > 0)
            p += space_at(p);
        for (std::string_view dash : {"-", "\u2013", "\u2014", "\u2212"})
            if (m_text.substr(p, dash.size()) == dash) {
                p += dash.size();
                while (space_at(p) > 0)
                    p += space_at(p);
                at = p;
                return true;
            }
        return false;
    }

    bool try_range()
    {
        std::size_t p = m_pos;
        auto from = time_at(p);
        if (!from || !dash_at(p))
            return false;
        auto to = time_at(p);
        if (!to)
            return false;
        m_out += m_wording.range(*from, *to);
        m_pos = p;
        return true;
    }

    bool try_time()
    {
        std::size_t p = m_pos;
        auto time = time_at(p);
        if (!time)
            return false;
        m_out += m_wording.time(*time);
        m_pos = p;
        return true;
    }

    // "-1", "−1" (minus sign), "0.5", "0,5", "-0.5"; a minus only at the start of a word, so the
    // hyphen of "9h-12h" or "B-12" is not a sign.
    bool try_number()
    {
        std::size_t p = m_pos;
        bool negative = false;
        if (m_text.substr(p, 1) == "-" || m_text.substr(p, 3) == "\u2212") {
            const bool word_start = p == 0 || m_text[p - 1] == ' ' || m_text[p - 1] == '(';
            if (!word_start)
                return false;
            p += m_text[p] == '-' ? 1u : 3u;
            negative = true;
        }
        const std::size_t whole = digits(p);
        if (whole == 0)
            return false;
        std::string number(m_text.substr(p, whole));
        p += whole;
        bool decimal = false;
        // One digit after the mark is a decimal ("0,5", "2.5 m"); more is a room or a version
        // number ("salle 1.04"), which the voice reads as it is written.
        if (p + 1 < m_text.size() && (m_text[p] == '.' || m_text[p] == ',') && digits(p + 1) == 1) {
            const std::size_t fraction = digits(p + 1);
            number += "." + std::string(m_text.substr(p + 1, fraction));
            p += 1 + fraction;
            decimal = true;
        }
        if (p < m_text.size() && (m_text[p] == '.' || m_text[p] == ',' || m_text[p] == '/') && digits(p + 1) > 0)
            return false;  // a date, a version such as 1.2.3 or a room such as -1.04: not one number
        const double value = std::stod(number) * (negative ? -1 : 1);
        if (std::size_t after = p; const auto unit = unit_at(after)) {
            const std::string words = measure_words(value, *unit, m_lang);
            if (!words.empty()) {
                m_out += Scanner(words, m_lang).run();  // its number, spelled where this language needs it
                m_pos = after;
                return true;
            }
        }
        if (!negative && !decimal && !voice_skips_digits(m_lang))
            return false;  // whole positive numbers are read right by the other voices
        m_out += spell_number(value, m_lang);
        m_pos = p;
        return true;
    }

    // An abbreviated unit right after a number, alone as a word: "12 m." but not "12 mai".
    std::optional<Unit> unit_at(std::size_t& at) const
    {
        const std::size_t p = at + space_at(at);
        for (const UnitSign& sign : unit_signs) {
            if (m_text.substr(p, sign.sign.size()) != sign.sign)
                continue;
            std::size_t end = p + sign.sign.size();
            std::size_t next = end;
            if (end < m_text.size() && u_isalpha(static_cast<UChar32>(next_code_point(m_text, next))))
                continue;
            at = end;
            return sign.unit;
        }
        return std::nullopt;
    }

    void spell_digits()
    {
        const std::size_t count = std::min<std::size_t>(digits(m_pos), 9);
        m_out += spell_int(std::stoi(std::string(m_text.substr(m_pos, count))), m_lang);
        m_pos += count;
    }

    void copy_one()
    {
        const std::size_t begin = m_pos;
        next_code_point(m_text, m_pos);
        m_out.append(m_text.substr(begin, m_pos - begin));
    }

    std::string_view m_text;
    std::string_view m_lang;
    TimeWording m_wording;
    std::size_t m_pos = 0;
    std::string m_out;
};

// Bidi marks only steer the layout; "\u2066-1\u2069" is a "-1" to the voice.
std::string without_bidi_marks(std::string_view text)
{
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t begin = pos;
        const char32_t c = next_code_point(text, pos);
        const bool mark = c == 0x200E || c == 0x200F || (c >= 0x2066 && c <= 0x2069) || (c >= 0x202A && c <= 0x202E);
        if (!mark)
            out.append(text.substr(begin, pos - begin));
    }
    return out;
}

}  // namespace

std::string spell_number(double value, std::string_view lang)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale(std::string(lang).c_str()), status);
    if (U_FAILURE(status)) {
        std::string digits = std::to_string(value);
        digits.erase(digits.find_last_not_of('0') + 1);  // "-1.000000" -> "-1."
        if (!digits.empty() && digits.back() == '.')
            digits.pop_back();
        return digits;
    }
    icu::UnicodeString words;
    format.format(value, words);
    std::string out;
    words.toUTF8String(out);
    return out;
}

std::string speech_text(std::string_view shown, std::string_view lang)
{
    const std::string plain = without_bidi_marks(shown);
    return Scanner(plain, lang).run();
}

}  // namespace phare::i18n
