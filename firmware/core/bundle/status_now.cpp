#include "core/bundle/status_now.h"

#include <algorithm>

namespace phare::bundle {

namespace {

// "YYYY-MM-DDTHH:MM" compares correctly as text: same width, most significant first.
bool in_window(const Notice& notice, std::string_view local_time) { return notice.starts <= local_time && local_time < notice.ends; }

std::string_view date_of(std::string_view local_time) { return local_time.substr(0, 10); }

}  // namespace

std::vector<const Notice*> notices_now(const SiteStatus& status, std::string_view local_time)
{
    std::vector<const Notice*> up;
    for (const Notice& notice : status.notices)
        if (in_window(notice, local_time))
            up.push_back(&notice);
    std::stable_partition(up.begin(), up.end(), [](const Notice* n) { return n->level == NoticeLevel::Urgent; });
    return up;
}

const ServiceStatus* service_status_now(const SiteStatus& status, std::string_view service, std::string_view local_time)
{
    auto it = status.services.find(service);
    if (it == status.services.end())
        return nullptr;
    const ServiceStatus& s = it->second;
    switch (s.state) {
    case ServiceState::Open:
        return nullptr;
    case ServiceState::Moved:
        return &s;
    case ServiceState::ClosedToday:
    case ServiceState::Reduced:
        return s.date == date_of(local_time) ? &s : nullptr;
    }
    return nullptr;
}

std::optional<std::string> next_status_change(const SiteStatus& status, std::string_view local_time)
{
    std::optional<std::string> next;
    auto consider = [&](const std::string& when) {
        if (when > local_time && (!next || when < *next))
            next = when;
    };
    for (const Notice& notice : status.notices) {
        consider(notice.starts);
        consider(notice.ends);
    }
    for (const auto& [id, s] : status.services)
        if ((s.state == ServiceState::ClosedToday || s.state == ServiceState::Reduced) && is_date(s.date)) {
            consider(s.date + "T00:00");  // the day it applies starts...
            // ...and ends: the first minute of the next day sorts after every minute of this one.
            consider(s.date + "T24:00");
        }
    return next;
}

}  // namespace phare::bundle
