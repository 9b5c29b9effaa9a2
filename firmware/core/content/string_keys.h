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

// Placeholder names in a template, in order: "Page {page} sur {pages}" -> {"page", "pages"}.
std::vector<std::string> placeholders(std::string_view text);

}  // namespace phare::content
