#include "core/queue/estimate_words.h"

#include "core/content/string_keys.h"
#include "core/i18n/template.h"

#include <unicode/measfmt.h>
#include <unicode/measunit.h>
#include <unicode/measure.h>

namespace phare::queue {

namespace {

struct Text {
    std::string_view text;
    std::string language;  // the language the text is in (a fallback may have given it)
};

Text ui_text(const content::Site& site, std::string_view key, std::string_view lang)
{
    for (const std::string& code : site.fallback_chain(lang)) {
        auto table = site.strings.find(code);
        if (table == site.strings.end())
            continue;
        if (auto it = table->second.find(key); it != table->second.end())
            return {it->second, code};
    }
    return {content::builtin_french(key).value_or(key), "fr"};
}

// "30 minutes", "30 Minuten", "10 دقائق", "30 دقيقة": ICU's CLDR data knows the unit's plural
// forms in every language, so translators write no plural rules. Latin digits, as the site's
// texts write numbers.
std::string minutes(int count, const std::string& language)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale((language + "@numbers=latn").c_str());
    icu::MeasureFormat format(locale, UMEASFMT_WIDTH_WIDE, status);
    icu::Measure measure(icu::Formattable(count), icu::MeasureUnit::createMinute(status), status);
    icu::UnicodeString text;
    icu::FieldPosition position;
    format.formatMeasures(&measure, 1, text, position, status);
    if (U_FAILURE(status))
        return std::to_string(count) + " min";
    std::string out;
    return text.toUTF8String(out);
}

}  // namespace

std::string estimate_in_words(const content::Site& site, std::string_view lang, const WaitEstimate& estimate)
{
    if (!estimate.known)
        return std::string(ui_text(site, "queue.estimate_unknown", lang).text);
    const bool under = estimate.low_minutes <= 0;
    Text text = ui_text(site, under ? "queue.estimate_under" : "queue.estimate_range", lang);
    return i18n::fill(text.text, {{"low", std::to_string(estimate.low_minutes)},
                                  {"high_minutes", minutes(estimate.high_minutes, text.language)}});
}

}  // namespace phare::queue
