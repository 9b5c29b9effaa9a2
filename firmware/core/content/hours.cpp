#include "core/content/hours.h"

#include "core/i18n/template.h"

#include <cstdio>
#include <optional>

namespace phare::content {

namespace {

std::optional<int> parse_clock(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    auto digit = [&](std::size_t i) -> int { return text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1; };
    int h1 = digit(0), h2 = digit(1), m1 = digit(3), m2 = digit(4);
    if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0)
        return std::nullopt;
    int hours = h1 * 10 + h2;
    int minutes = m1 * 10 + m2;
    // 24:00 closes a range that runs to midnight.
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

}  // namespace

Result<TimeRange> parse_time_range(std::string_view text)
{
    auto dash = text.find('-');
    std::optional<int> start = dash == std::string_view::npos ? std::nullopt : parse_clock(text.substr(0, dash));
    std::optional<int> end = dash == std::string_view::npos ? std::nullopt : parse_clock(text.substr(dash + 1));
    if (!start || !end)
        return fail("", "\"" + std::string(text) + "\" is not a time range like \"08:30-12:00\"");
    if (*end <= *start)
        return fail("", "\"" + std::string(text) + "\" ends before it starts");
    return TimeRange{*start, *end};
}

std::string format_minute_of_day(int minute)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", (minute / 60) % 100, minute % 60);
    return buffer;
}

std::string format_time(const Site& site, int minute, std::string_view lang)
{
    const int hour = minute / 60;
    const int minutes = minute % 60;
    char hh[8];
    char mm[8];
    std::snprintf(hh, sizeof hh, "%02d", hour % 100);
    std::snprintf(mm, sizeof mm, "%02d", minutes);
    return i18n::fill(site.ui(minutes == 0 ? "time.hour" : "time.hour_minute", lang),
                      {{"h", std::to_string(hour)}, {"hh", hh}, {"mm", mm}}, lang);
}

std::string format_range(const Site& site, const TimeRange& range, std::string_view lang)
{
    return i18n::fill(site.ui("time.range", lang),
                      {{"from", format_time(site, range.start_minute, lang)}, {"to", format_time(site, range.end_minute, lang)}}, lang);
}

std::string join_list(const Site& site, const std::vector<std::string>& items, std::string_view lang)
{
    std::string joined;
    for (const std::string& item : items)
        joined = joined.empty() ? item : i18n::fill(site.ui("list.join", lang), {{"first", joined}, {"second", item}}, lang);
    return joined;
}

std::string day_ranges(const Site& site, const std::vector<TimeRange>& ranges, std::string_view lang)
{
    if (ranges.empty())
        return std::string(site.ui("service.closed", lang));
    std::vector<std::string> texts;
    for (const TimeRange& range : ranges)
        texts.push_back(format_range(site, range, lang));
    return join_list(site, texts, lang);
}

}  // namespace phare::content
