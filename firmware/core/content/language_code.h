#pragma once
// Whether a site language's `code` is a language tag the kiosk and its libraries understand
// (BCP 47, primary subtag an ISO 639 language ICU knows: "fr", "ar", "pt-BR", "ckb"), so that a
// typo ("eng", "fr_FR") is one clear error instead of texts that are never found.

#include <optional>
#include <string>
#include <string_view>

namespace phare::content {

// nullopt when `code` is fine; otherwise what is wrong, in a sentence ("\"eng\" is not a
// language code ...; did you mean \"en\"?").
std::optional<std::string> language_code_problem(std::string_view code);

}  // namespace phare::content
