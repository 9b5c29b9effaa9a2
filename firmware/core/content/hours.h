#pragma once
// Opening hours: parsing "HH:MM-HH:MM" ranges and formatting them for people.

#include "core/content/site.h"
#include "core/error.h"

#include <string>
#include <string_view>

namespace phare::content {

// Parses "08:30-12:00". The error's message quotes the text ("\"14:00-13:00\" ends before it
// starts"); its `where` is empty: the caller knows the file and the field, and reports a Problem.
Result<TimeRange> parse_time_range(std::string_view text);

// "08:30": 24-hour with a leading zero, the form site files and status.json use.
std::string format_minute_of_day(int minute);

// A time as the language's signage writes it, from the site's strings: "time.hour" for a whole
// hour, "time.hour_minute" otherwise, with {h} (no leading zero), {hh} (two digits) and {mm}.
// French "9 h", "13 h 30"; English "9:00"; Ukrainian "09:00".
std::string format_time(const Site& site, int minute, std::string_view lang);
// "9 h – 12 h" ("time.range", {from} and {to}).
std::string format_range(const Site& site, const TimeRange& range, std::string_view lang);
// Items joined with the language's list punctuation ("list.join": ", " or Arabic "، ").
std::string join_list(const Site& site, const std::vector<std::string>& items, std::string_view lang);
// One day's ranges, joined; "service.closed" when there are none.
std::string day_ranges(const Site& site, const std::vector<TimeRange>& ranges, std::string_view lang);

}  // namespace phare::content
