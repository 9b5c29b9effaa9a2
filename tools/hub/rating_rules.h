#pragma once
// When a rating may have happened, checked against the hub's clock and storage once its shape is
// known to be right (kiosk_messages.h): at most one day ahead of the hub's clock (a kiosk's clock
// may drift a little), and not before its site was first published on this hub, minus one day of
// slack. A rating outside would only skew reports and open data, so it is refused with the reason,
// naming the hub's clock so that whoever reads the kiosk's log can see which clock is wrong.

#include "kiosk_messages.h"
#include "storage.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace phare::hub {

inline constexpr std::int64_t rating_future_slack_s = 24 * 60 * 60;
inline constexpr std::int64_t rating_before_site_slack_s = 24 * 60 * 60;

// Appends a problem "/ratings/<i>/at" for each rating out of bounds. `site_since`: when the
// ratings' site was first published (nullopt: unknown site, reported elsewhere).
void check_rating_times(const std::vector<Rating>& ratings, std::int64_t now, std::optional<std::int64_t> site_since,
                        std::vector<FieldProblem>& problems);
// The same, reading each site's first publication from storage.
void check_rating_times(Storage& storage, const std::vector<Rating>& ratings, std::int64_t now, std::vector<FieldProblem>& problems);

}  // namespace phare::hub
