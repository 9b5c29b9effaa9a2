#include "open_data_cache.h"

#include "clock.h"
#include "report_pages.h"

#include <algorithm>

namespace phare::hub {

OpenDataCache::Answer OpenDataCache::get(std::int64_t now)
{
    std::string today = local_date(now);
    std::lock_guard lock(m_mutex);
    if (!m_csv || m_day != today) {
        m_csv = std::make_shared<const std::string>(reports::open_data_csv(m_storage.daily_counts_before(today)));
        m_day = today;
        ++m_computations;
    }
    return {m_csv, std::max<std::int64_t>(1, next_local_midnight(now) - now), "\"open-data-" + m_day + "\"", m_day};
}

int OpenDataCache::computations() const
{
    std::lock_guard lock(m_mutex);
    return m_computations;
}

}  // namespace phare::hub
