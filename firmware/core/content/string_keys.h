#pragma once
// The interface strings the kiosk uses; every site language should have them (directly or through
// its fallback chain). A site that lacks one (an older site under a newer kiosk) still works: the
// kiosk shows its own French text and validation warns, so that an upgrade never blanks a kiosk.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

std::span<const std::string_view> required_string_keys();
// The kiosk's own French for a key, nullopt for a key it does not know.
std::optional<std::string_view> builtin_french(std::string_view key);

// Placeholder names in a template, each once, in order: "Page {page} sur {pages}" -> {"page", "pages"};
// a plural "{n, plural, one {# mètre} other {# mètres}}" uses "n".
std::vector<std::string> placeholders(std::string_view text);

// For a key whose translations choose among placeholders rather than repeat the default
// language's (a time: "{h} h" in French, "{hh}:{mm}" in Ukrainian), the ones it may use; empty for
// every other key, whose translations use exactly the default language's placeholders.
std::vector<std::string> placeholder_choices(std::string_view key);

}  // namespace phare::content
