#include "core/i18n/language_name.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace phare::i18n {

std::string language_name(std::string_view code, std::string_view in)
{
    const icu::Locale language(std::string(code).c_str());
    icu::UnicodeString name;
    language.getDisplayLanguage(icu::Locale(std::string(in).c_str()), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() ? std::string(code) : out;
}

}  // namespace phare::i18n
