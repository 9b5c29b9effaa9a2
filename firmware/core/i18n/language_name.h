#pragma once
// A language's name in another language, from CLDR (ICU): "fr" in Arabic is "الفرنسية", in
// Hebrew "צרפתית". Used where the kiosk tells a visitor which language a text is in.

#include <string>
#include <string_view>

namespace phare::i18n {

// `code` named in `in` ("fr", "ar" -> "الفرنسية"); the code itself if CLDR has no name for it.
std::string language_name(std::string_view code, std::string_view in);

}  // namespace phare::i18n
