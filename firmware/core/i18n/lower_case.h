#pragma once
// Lower case by the rules of a language (ICU), for a word that a template puts mid-sentence:
// French "du lundi au vendredi" from the day names "Lundi" and "Vendredi".

#include <string>
#include <string_view>

namespace phare::i18n {

std::string lower_case(std::string_view text, std::string_view lang);

}  // namespace phare::i18n
