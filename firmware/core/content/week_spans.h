#pragma once
// A week of opening hours made compact for reading: consecutive days with the same hours become
// one line ("Lundi – vendredi : 8 h 30 – 12 h"), closed days likewise.

#include "core/content/site.h"

#include <vector>

namespace phare::content {

struct DaySpan {
    int first = 0;  // indices in day_keys, Monday first; first == last for a single day
    int last = 0;
    std::vector<TimeRange> ranges;  // empty: closed
};

bool same_hours(const std::vector<TimeRange>& a, const std::vector<TimeRange>& b);

// The week's runs of consecutive days with the same hours, Monday first. The day `skip` (today,
// shown on a line of its own) is left out and ends a run; -1 skips nothing.
std::vector<DaySpan> week_spans(const WeekHours& hours, int skip = -1);

}  // namespace phare::content
