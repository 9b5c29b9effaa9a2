#include "core/content/language_code.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace phare::content {

namespace {

bool is_known_language(std::string_view language)
{
    for (const char* const* code = uloc_getISOLanguages(); *code; ++code)
        if (language == *code)
            return true;
    return false;
}

// The two-letter code of a three-letter one ("eng" -> "en", "ara" -> "ar"), as ICU maps them.
std::optional<std::string> two_letter_for(std::string_view three_letter)
{
    for (const char* const* code = uloc_getISOLanguages(); *code; ++code)
        if (std::strlen(*code) == 2 && three_letter == uloc_getISO3Language(*code))
            return std::string(*code);
    return std::nullopt;
}

bool well_formed(std::string_view code)
{
    // Letters, digits and hyphens only, starting with a letter; ICU then checks the subtags.
    if (code.empty() || code.size() > 35 || !std::isalpha(static_cast<unsigned char>(code.front())))
        return false;
    if (!std::all_of(code.begin(), code.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }))
        return false;
    const std::string tag(code);
    char locale[ULOC_FULLNAME_CAPACITY]{};
    int32_t parsed = 0;
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(tag.c_str(), locale, sizeof locale, &parsed, &status);
    return U_SUCCESS(status) && parsed == static_cast<int32_t>(tag.size());
}

}  // namespace

std::optional<std::string> language_code_problem(std::string_view code)
{
    const std::string quoted = "\"" + std::string(code) + "\"";
    const std::string expected = " (a BCP 47 language tag such as \"fr\", \"ar\" or \"pt-BR\")";
    if (!well_formed(code)) {
        std::string hint;
        if (code.find('_') != std::string_view::npos) {
            std::string dashed(code);
            std::replace(dashed.begin(), dashed.end(), '_', '-');
            hint = "; did you mean \"" + dashed + "\"?";
        }
        return quoted + " is not a language code" + expected + hint;
    }
    std::string language(code.substr(0, code.find('-')));
    std::transform(language.begin(), language.end(), language.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (language != code.substr(0, language.size()))
        return quoted + " is not a language code" + expected + "; write the language in lower case";
    if (is_known_language(language))
        return std::nullopt;
    std::string hint;
    if (auto shorter = two_letter_for(language))
        hint = "; did you mean \"" + *shorter + std::string(code.substr(language.size())) + "\"?";
    return quoted + " is not a language code" + expected + hint;
}

}  // namespace phare::content
