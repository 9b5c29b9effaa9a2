#include "core/content/week_spans.h"

namespace phare::content {

bool same_hours(const std::vector<TimeRange>& a, const std::vector<TimeRange>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].start_minute != b[i].start_minute || a[i].end_minute != b[i].end_minute)
            return false;
    return true;
}

std::vector<DaySpan> week_spans(const WeekHours& hours, int skip)
{
    std::vector<DaySpan> spans;
    bool extend = false;  // the previous day was kept, so a run may go on
    for (int day = 0; day < static_cast<int>(hours.size()); ++day) {
        if (day == skip) {
            extend = false;
            continue;
        }
        const std::vector<TimeRange>& ranges = hours[static_cast<std::size_t>(day)];
        if (extend && same_hours(spans.back().ranges, ranges))
            spans.back().last = day;
        else
            spans.push_back({day, day, ranges});
        extend = true;
    }
    return spans;
}

}  // namespace phare::content
