#pragma once
// Fills "{name}" placeholders of a translated template. Translators own word order, so code never
// concatenates translated fragments itself.
//
// A placeholder may also choose words by number, with the plural syntax of ICU MessageFormat and
// the language's CLDR plural rules (ICU PluralRules): "{n, plural, one {# mètre} other {# mètres}}",
// Ukrainian "{n, plural, one {# метр} few {# метри} many {# метрів} other {# метра}}", Arabic with
// zero/one/two/few/many/other. "=2 {…}" matches an exact value first; "#" is the number; a branch
// may hold other placeholders. "other" is the branch used when no other matches.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace phare::i18n {

using TemplateArgs = std::vector<std::pair<std::string_view, std::string>>;

// Unknown placeholders are left as written so a translator sees the mistake on screen. `lang` (a
// BCP 47 code) picks the plural rules; without it only "=N" and "other" branches can match.
std::string fill(std::string_view text, const TemplateArgs& args, std::string_view lang = {});

// The plural category CLDR gives `value` in `lang`: "zero", "one", "two", "few", "many" or "other".
std::string plural_category(double value, std::string_view lang);

// Placeholder names a template uses, plural arguments and the names inside their branches
// included ("{n, plural, one {# {unit}} other {…}}" uses n and unit), each once, in order.
std::vector<std::string> template_names(std::string_view text);

}  // namespace phare::i18n
