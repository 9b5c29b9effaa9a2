#pragma once
// Fills "{name}" placeholders of a translated template. Translators own word order, so code never
// concatenates translated fragments itself.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace phare::i18n {

using TemplateArgs = std::vector<std::pair<std::string_view, std::string>>;

// Unknown placeholders are left as written so a translator sees the mistake on screen.
std::string fill(std::string_view text, const TemplateArgs& args);

}  // namespace phare::i18n
