#include "core/content/voices.h"

#include <algorithm>

namespace phare::content {

namespace {

bool same_ignoring_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

std::string_view last_part(std::string_view identifier)
{
    auto slash = identifier.rfind('/');
    return slash == std::string_view::npos ? identifier : identifier.substr(slash + 1);
}

std::string_view primary_subtag(std::string_view language) { return language.substr(0, language.find('-')); }

}  // namespace

bool has_voice(const Voices& voices, std::string_view wanted)
{
    wanted = wanted.substr(0, wanted.find('+'));  // "fr+f3": a variant of the voice "fr"
    if (wanted.empty())
        return false;
    return std::any_of(voices.begin(), voices.end(), [&](const Voice& voice) {
        return same_ignoring_case(voice.name, wanted) || same_ignoring_case(voice.identifier, wanted) ||
               same_ignoring_case(last_part(voice.identifier), wanted) ||
               std::any_of(voice.languages.begin(), voice.languages.end(),
                           [&](const std::string& language) { return same_ignoring_case(language, wanted); });
    });
}

std::vector<std::string> voices_for_language(const Voices& voices, std::string_view language)
{
    constexpr std::size_t at_most = 4;
    std::vector<std::string> found;
    for (std::string_view wanted : {language, primary_subtag(language)})
        for (const Voice& voice : voices)
            for (const std::string& spoken : voice.languages)
                if (same_ignoring_case(spoken, wanted) || same_ignoring_case(primary_subtag(spoken), wanted)) {
                    std::string name(last_part(voice.identifier));
                    if (found.size() < at_most && std::find(found.begin(), found.end(), name) == found.end())
                        found.push_back(name);
                }
    return found;
}

}  // namespace phare::content
