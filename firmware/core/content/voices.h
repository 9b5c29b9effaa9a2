#pragma once
// The eSpeak NG voices a kiosk has, as plain data, so that validation can say "eSpeak NG has no
// voice ..." without core touching eSpeak NG: the platform lists them (speech/installed_voices.h)
// and hands the list to the validator.

#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

struct Voice {
    std::string name;                    // "French (France)"
    std::string identifier;              // its file under espeak-ng-data: "roa/fr", "gmw/en-GB-x-gbclan"
    std::vector<std::string> languages;  // the languages it speaks, best first: "fr-fr", "fr"
};

using Voices = std::vector<Voice>;

// Whether eSpeak NG takes `wanted` (a site language's `voice`): as espeak_SetVoiceByName does (a
// voice's name, its identifier or the identifier's last part, ignoring case and a "+variant"), or
// as a language one of the voices speaks ("fr-fr", "en-gb"), which is how the kiosk falls back.
bool has_voice(const Voices& voices, std::string_view wanted);

// What to suggest instead: the identifiers' last parts of the voices speaking `language` (or its
// primary subtag: "fr" for "fr-ca"), at most a few.
std::vector<std::string> voices_for_language(const Voices& voices, std::string_view language);

}  // namespace phare::content
