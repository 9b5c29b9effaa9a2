#include "fleet_stats.h"

#include <algorithm>
#include <cmath>

namespace phare::fleet {

std::string_view name_of(CallKind kind)
{
    switch (kind) {
    case CallKind::Poll: return "poll";
    case CallKind::Heartbeat: return "heartbeat";
    case CallKind::Feedback: return "rating batch";
    case CallKind::Sync: return "sync manifest";
    case CallKind::Blob: return "blob";
    }
    return "?";
}

Percentiles percentiles(std::vector<float> values)
{
    Percentiles result;
    result.count = values.size();
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    // Nearest rank: p99 of 100 values is the 99th, never an interpolation between samples.
    auto at = [&](double p) {
        const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
        return static_cast<double>(values[std::clamp<std::size_t>(rank, 1, values.size()) - 1]);
    };
    result.p50 = at(0.50);
    result.p90 = at(0.90);
    result.p99 = at(0.99);
    result.max = static_cast<double>(values.back());
    return result;
}

std::size_t CallStats::failed() const
{
    std::size_t total = 0;
    for (const auto& [reason, count] : errors)
        total += count;
    return total;
}

}  // namespace phare::fleet
