#include "core/content/open_now.h"

#include "core/content/hours.h"

namespace phare::content {

namespace {

std::optional<int> number(std::string_view text, std::size_t pos, std::size_t len)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool well_formed(std::string_view t)
{
    return t.size() == 16 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':';
}

}  // namespace

std::optional<int> weekday_of(std::string_view local_time)
{
    if (!well_formed(local_time))
        return std::nullopt;
    auto y = number(local_time, 0, 4);
    auto m = number(local_time, 5, 2);
    auto d = number(local_time, 8, 2);
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31)
        return std::nullopt;
    // 1970-01-01 was a Thursday: index 3 with Monday first.
    const long days = days_from_civil(*y, *m, *d) + 3;
    return static_cast<int>(((days % 7) + 7) % 7);
}

std::optional<int> minute_of_day(std::string_view local_time)
{
    if (!well_formed(local_time))
        return std::nullopt;
    auto h = number(local_time, 11, 2);
    auto m = number(local_time, 14, 2);
    if (!h || !m || *h > 23 || *m > 59)
        return std::nullopt;
    return *h * 60 + *m;
}

OpenNow open_now(const WeekHours& hours, const ServiceStatus* agents, std::string_view local_time)
{
    OpenNow now;
    if (agents && agents->state == ServiceState::Moved) {
        // Where it is matters more than when: the page leads with the move, time known or not.
        now.kind = OpenNowKind::Moved;
        now.by_agents = true;
    }
    const std::optional<int> day = weekday_of(local_time);
    const std::optional<int> minute = minute_of_day(local_time);
    if (!day || !minute)
        return now;
    now.day = *day;
    now.today = hours[static_cast<std::size_t>(*day)];
    if (now.kind == OpenNowKind::Moved)
        return now;
    if (agents && agents->state == ServiceState::ClosedToday) {
        now.kind = OpenNowKind::ClosedToday;
        now.by_agents = true;
        now.today.clear();
        return now;
    }
    if (agents && agents->state == ServiceState::Reduced) {
        now.kind = OpenNowKind::Reduced;
        now.by_agents = true;
        now.today.clear();
        for (const std::string& range : agents->hours)
            if (auto parsed = parse_time_range(range))  // validated with the bundle
                now.today.push_back(*parsed);
        return now;
    }
    if (now.today.empty()) {
        now.kind = OpenNowKind::ClosedToday;
        return now;
    }
    int next_start = -1;
    for (const TimeRange& range : now.today) {
        if (range.start_minute <= *minute && *minute < range.end_minute) {
            now.kind = OpenNowKind::Open;
            now.minute = range.end_minute;
            // "09:00-12:00" then "12:00-14:00" is one opening: it closes at 14:00.
            for (bool extended = true; extended;) {
                extended = false;
                for (const TimeRange& next : now.today)
                    if (next.start_minute <= now.minute && next.end_minute > now.minute) {
                        now.minute = next.end_minute;
                        extended = true;
                    }
            }
            return now;
        }
        if (range.start_minute > *minute && (next_start < 0 || range.start_minute < next_start))
            next_start = range.start_minute;
    }
    now.kind = next_start < 0 ? OpenNowKind::ClosedForToday : OpenNowKind::OpensLater;
    now.minute = next_start;
    return now;
}

std::optional<std::string> next_hours_change(const std::vector<Service>& services, std::string_view local_time)
{
    const std::optional<int> day = weekday_of(local_time);
    const std::optional<int> minute = minute_of_day(local_time);
    if (!day || !minute)
        return std::nullopt;
    int next = 24 * 60;  // the day ends: today's line and every tag change
    for (const Service& service : services)
        for (const TimeRange& range : service.hours[static_cast<std::size_t>(*day)])
            for (int edge : {range.start_minute, range.end_minute})
                if (edge > *minute && edge < next)
                    next = edge;
    return std::string(local_time.substr(0, 11)) + format_minute_of_day(next);
}

}  // namespace phare::content
