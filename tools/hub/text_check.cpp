#include "text_check.h"

#include <cstdio>

namespace phare::hub {

namespace {

struct Decoded {
    char32_t code_point = 0;
    std::size_t length = 0;  // 0: not UTF-8
};

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
Decoded decode(std::string_view text, std::size_t at)
{
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char first = byte(at);
    if (first < 0x80)
        return {first, 1};
    std::size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
    if (length == 0 || first > 0xF4 || at + length > text.size())
        return {};
    char32_t value = static_cast<char32_t>(first & (0x7Fu >> length));
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return {};
        value = (value << 6) | static_cast<char32_t>(byte(at + i) & 0x3Fu);
    }
    constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < smallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {};
    return {value, length};
}

bool is_bidi_control(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

bool is_refused(char32_t c, Lines lines)
{
    if (lines == Lines::Multiple && (c == '\t' || c == '\n' || c == '\r'))
        return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || is_bidi_control(c);
}

}  // namespace

std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view text, Lines lines)
{
    for (std::size_t at = 0; at < text.size();) {
        Decoded decoded = decode(text, at);
        if (decoded.length == 0)
            return ForbiddenCharacter{at, 0, true};
        if (is_refused(decoded.code_point, lines))
            return ForbiddenCharacter{at, decoded.code_point, false};
        at += decoded.length;
    }
    return std::nullopt;
}

std::string code_point_name(char32_t code_point)
{
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(code_point));
    return text;
}

std::string describe_forbidden_fr(const ForbiddenCharacter& found)
{
    if (found.invalid_utf8)
        return "des octets qui ne forment pas du texte (UTF-8 invalide)";
    std::string name = " (" + code_point_name(found.code_point) + ")";
    if (is_bidi_control(found.code_point))
        return "un caractère invisible qui change le sens d'écriture du texte" + name;
    if (found.code_point == '\t' || found.code_point == '\n' || found.code_point == '\r')
        return "une tabulation ou un retour à la ligne, non permis dans ce champ d'une ligne" + name;
    return "un caractère de contrôle invisible" + name;
}

std::string describe_forbidden_en(const ForbiddenCharacter& found)
{
    if (found.invalid_utf8)
        return "bytes that are not UTF-8 text";
    std::string name = " (" + code_point_name(found.code_point) + ")";
    if (is_bidi_control(found.code_point))
        return "an invisible character that changes the direction of text" + name;
    if (found.code_point == '\t' || found.code_point == '\n' || found.code_point == '\r')
        return "a tab or line break, not allowed in a one-line field" + name;
    return "an invisible control character" + name;
}

}  // namespace phare::hub
