#pragma once
// Text a visitor reads, in every language of the site: language code -> text.

#include <map>
#include <string>

namespace phare::content {

using LocalizedText = std::map<std::string, std::string, std::less<>>;

}  // namespace phare::content
