#pragma once
// One rule for every text the hub takes from outside and later shows to people (agents' forms,
// kiosks' heartbeats): no invisible control characters. NUL and the other C0/C1 controls can cut
// or garble a text where it is stored or shown; the bidi embedding, override and isolate
// characters (U+202A..U+202E, U+2066..U+2069) can make a notice or the fleet page read backwards
// ("Trojan Source"). Tab and line breaks pass only in fields that hold several lines. Left-to-right
// and right-to-left marks (U+200E, U+200F, U+061C) stay allowed: Arabic text needs them.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace phare::hub {

enum class Lines { Single, Multiple };

struct ForbiddenCharacter {
    std::size_t offset = 0;     // byte offset in the text
    char32_t code_point = 0;    // meaningless when invalid_utf8
    bool invalid_utf8 = false;  // the bytes at offset are not UTF-8
};

// The first character the rule refuses, if any.
std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view text, Lines lines);

// "U+202E"
std::string code_point_name(char32_t code_point);
// What the character is, for agents: "un caractère invisible qui inverse le sens du texte (U+202E)".
std::string describe_forbidden_fr(const ForbiddenCharacter& found);
// The same for kiosks' logs: "an invisible character that reverses the direction of text (U+202E)".
std::string describe_forbidden_en(const ForbiddenCharacter& found);

}  // namespace phare::hub
