#pragma once
// Opening hours: parsing "HH:MM-HH:MM" ranges and formatting them for people.

#include "content/site.h"

#include <optional>
#include <string>
#include <string_view>

namespace phare::content {

struct HoursError {
    std::string message;
};

// Parses "08:30-12:00". Returns the error sentence on failure.
std::optional<TimeRange> parse_time_range(std::string_view text, std::string* error);

// "08:30" style, 24-hour, as French signs write it.
std::string format_minute_of_day(int minute);

}  // namespace phare::content
