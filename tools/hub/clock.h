#pragma once
// The hub's sense of time, injected so that tests can move it (lock-outs, session expiry, the day
// a "closed today" applies to) without sleeping.

#include <cstdint>
#include <functional>
#include <string>

namespace phare::hub {

// Seconds since the Unix epoch.
using Clock = std::function<std::int64_t()>;

std::int64_t system_now();
// "2026-11-26" in the hub's local time zone (the building's).
std::string local_date(std::int64_t seconds);
// The first second of the next local day (mktime: follows daylight saving changes).
std::int64_t next_local_midnight(std::int64_t seconds);
// "2026-11-26 14:05" in local time, for people.
std::string local_date_time(std::int64_t seconds);
// "2026-11-26T14:05:00" in local time, without a zone (the queue's wire format: the building's clock).
std::string local_iso(std::int64_t seconds);
// "2026-11-26T13:05:00Z".
std::string utc_iso(std::int64_t seconds);

}  // namespace phare::hub
