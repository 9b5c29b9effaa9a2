#include "core/i18n/lower_case.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace phare::i18n {

std::string lower_case(std::string_view text, std::string_view lang)
{
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    u.toLower(icu::Locale(std::string(lang).c_str()));
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace phare::i18n
