#pragma once
// The public open-data CSV (daily totals per service) as a daily aggregate: computed at most once
// per local day (the hub's time zone, the building's: TZ=Europe/Paris), over complete local days
// only, so that the answer is the same all day long and clients and proxies can cache it until
// the next local midnight. Before, every request re-aggregated every rating: at 184,000 ratings
// eight concurrent downloads slowed kiosks' polls to 1.2 s.

#include "storage.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace phare::hub {

class OpenDataCache {
public:
    struct Answer {
        std::shared_ptr<const std::string> csv;  // "date,service,good,medium,bad,total\n..."
        std::int64_t max_age_seconds = 0;        // until the next local midnight, at least 1
        std::string etag;                        // quoted, changes with the day: "\"open-data-2026-11-27\""
        std::string day;                         // the local day it was computed for (days before it are in)
    };

    explicit OpenDataCache(Storage& storage) : m_storage(storage) {}

    // For the route: body = *csv, Cache-Control: public, max-age=<max_age_seconds>, ETag = etag.
    Answer get(std::int64_t now);
    // How many times the aggregate was computed (a new local day, or the first request).
    int computations() const;

private:
    Storage& m_storage;
    mutable std::mutex m_mutex;  // held while computing: concurrent first requests of a day compute once
    std::string m_day;
    std::shared_ptr<const std::string> m_csv;
    int m_computations = 0;
};

}  // namespace phare::hub
