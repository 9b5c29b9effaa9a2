#pragma once
// What is true of a service now, for the status tag of its page: open and until when, closed but
// opening later today, closed for the rest of the day, closed all day, or changed by the agents.
// Pure: the caller passes the local time and the agents' status that applies to it
// (bundle::service_status_now); the agents' word always overrides the weekly hours.

#include "core/content/site.h"
#include "core/content/site_status_model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

enum class OpenNowKind {
    Unknown,         // no local time: no claim about now
    Open,            // `minute`: when the current range ends
    OpensLater,      // closed now (before opening, a lunch break); `minute`: when the next range starts
    ClosedForToday,  // the day's last range has ended
    ClosedToday,     // no hours today, or the agents closed it
    Reduced,         // the agents' reduced hours hold today (`today`)
    Moved,           // the agents moved it: its hours say nothing of where it is
};

struct OpenNow {
    OpenNowKind kind = OpenNowKind::Unknown;
    int minute = -1;               // Open, OpensLater: a minute of the day; -1 otherwise
    int day = -1;                  // index in day_keys (0 = Monday); -1 when the time is unknown
    bool by_agents = false;        // the agents' status decided it (ClosedToday, Reduced, Moved)
    std::vector<TimeRange> today;  // the hours that hold today: the week's, or the agents' reduced ones
};

// The day of the week of "YYYY-MM-DDTHH:MM" (0 = Monday) and its minute of the day; nullopt when
// the text is not such a time.
std::optional<int> weekday_of(std::string_view local_time);
std::optional<int> minute_of_day(std::string_view local_time);

// `agents`: the agents' status for this service at `local_time`, or null when it is as usual.
// Ranges are [start, end): at 12:00 a range "09:00-12:00" has closed.
OpenNow open_now(const WeekHours& hours, const ServiceStatus* agents, std::string_view local_time);

// The next local minute after `local_time` at which what a service page says of now may change:
// a range of any service starts or ends, or the day ends ("YYYY-MM-DDT24:00", as
// bundle::next_status_change writes it); nullopt when the time is unknown. The app hands the UI
// the minute then, so "Ouvert · ferme à 12 h" turns into "Fermé · ouvre à 13 h 30" at noon.
std::optional<std::string> next_hours_change(const std::vector<Service>& services, std::string_view local_time);

}  // namespace phare::content
