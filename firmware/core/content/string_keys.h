#pragma once
// The interface strings the kiosk uses; every site language must have them (directly or through
// its fallback chain). Adding a key here makes validation ask every site for it.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

std::span<const std::string_view> required_string_keys();

// Placeholder names in a template, in order: "Page {page} sur {pages}" -> {"page", "pages"}.
std::vector<std::string> placeholders(std::string_view text);

}  // namespace phare::content
