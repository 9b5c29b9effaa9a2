#include "core/i18n/template.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

namespace phare::i18n {

namespace {

// The '}' that closes the '{' at `open`, counting nested braces; npos if unbalanced.
std::size_t closing_brace(std::string_view text, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '{')
            ++depth;
        else if (text[i] == '}' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

struct Branch {
    std::string_view selector;  // "one", "few", "=0", "other"
    std::string_view text;
};

// "n, plural, one {…} other {…}": the argument's name and its branches; nullopt if not that form.
struct Plural {
    std::string_view name;
    std::vector<Branch> branches;
};

std::optional<Plural> parse_plural(std::string_view inside)
{
    const std::size_t first = inside.find(',');
    if (first == std::string_view::npos)
        return std::nullopt;
    const std::size_t second = inside.find(',', first + 1);
    if (second == std::string_view::npos || trim(inside.substr(first + 1, second - first - 1)) != "plural")
        return std::nullopt;
    Plural plural{trim(inside.substr(0, first)), {}};
    std::string_view rest = inside.substr(second + 1);
    while (!trim(rest).empty()) {
        const std::size_t open = rest.find('{');
        if (open == std::string_view::npos)
            return std::nullopt;
        const std::size_t close = closing_brace(rest, open);
        if (close == std::string_view::npos)
            return std::nullopt;
        plural.branches.push_back({trim(rest.substr(0, open)), rest.substr(open + 1, close - open - 1)});
        rest = rest.substr(close + 1);
    }
    return plural;
}

const std::string* find_arg(const TemplateArgs& args, std::string_view name)
{
    for (const auto& [key, value] : args)
        if (key == name)
            return &value;
    return nullptr;
}

std::optional<double> as_number(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size())
        return std::nullopt;
    return value;
}

std::string fill_plural(const Plural& plural, const TemplateArgs& args, std::string_view lang)
{
    const std::string* value = find_arg(args, plural.name);
    const std::optional<double> number = value ? as_number(*value) : std::nullopt;
    if (!number)
        return "{" + std::string(plural.name) + "}";  // shows the mistake, as an unknown name does
    const std::string category = plural_category(*number, lang);
    const Branch* chosen = nullptr;
    for (const Branch& branch : plural.branches)
        if (branch.selector.starts_with('=') && as_number(std::string(branch.selector.substr(1))) == *number)
            chosen = &branch;
    for (const std::string_view wanted : {std::string_view(category), std::string_view("other")})
        for (const Branch& branch : plural.branches)
            if (!chosen && branch.selector == wanted)
                chosen = &branch;
    if (!chosen)
        return *value;
    std::string text;
    for (char c : chosen->text)
        if (c == '#')
            text += *value;
        else
            text += c;
    return fill(text, args, lang);
}

void collect_names(std::string_view text, std::vector<std::string>& names)
{
    auto add = [&](std::string_view name) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.emplace_back(name);
    };
    std::size_t pos = 0;
    while ((pos = text.find('{', pos)) != std::string_view::npos) {
        const std::size_t close = closing_brace(text, pos);
        if (close == std::string_view::npos)
            return;
        const std::string_view inside = text.substr(pos + 1, close - pos - 1);
        if (auto plural = parse_plural(inside)) {
            add(plural->name);
            for (const Branch& branch : plural->branches)
                collect_names(branch.text, names);
        } else {
            add(inside);
        }
        pos = close + 1;
    }
}

}  // namespace

std::string plural_category(double value, std::string_view lang)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(std::string(lang).c_str()), status));
    if (U_FAILURE(status) || !rules)
        return "other";
    std::string out;
    rules->select(value).toUTF8String(out);
    return out;
}

std::vector<std::string> template_names(std::string_view text)
{
    std::vector<std::string> names;
    collect_names(text, names);
    return names;
}

std::string fill(std::string_view text, const TemplateArgs& args, std::string_view lang)
{
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find('{', pos);
        const std::size_t close = open == std::string_view::npos ? open : closing_brace(text, open);
        if (close == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, open - pos));
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        if (auto plural = parse_plural(inside))
            out += fill_plural(*plural, args, lang);
        else if (const std::string* value = find_arg(args, inside))
            out += *value;
        else
            out.append(text.substr(open, close - open + 1));
        pos = close + 1;
    }
    return out;
}

}  // namespace phare::i18n
