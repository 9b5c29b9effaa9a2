#include "core/content/nearest_name.h"

#include <algorithm>

namespace phare::content {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    // Three rows of the dynamic programme: two back for the swap of neighbours.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> nearest_name(std::string_view name, const std::vector<std::string_view>& known)
{
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (std::string_view candidate : known) {
        std::size_t distance = edit_distance(name, candidate);
        std::size_t allowed = std::max<std::size_t>(1, std::max(name.size(), candidate.size()) / 3);
        if (distance <= allowed && (!best || distance < best_distance)) {
            best = std::string(candidate);
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace phare::content
