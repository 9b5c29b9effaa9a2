#pragma once
// What reception agents change during the day (status.json in a bundle): a service's state and
// notices. Plain data; bundle/site_status.h parses, serialises and validates it, and
// bundle/status_now.h says what it means at a given minute.

#include "core/content/localized_text.h"

#include <map>
#include <string>
#include <vector>

namespace phare::content {

enum class ServiceState { Open, ClosedToday, Reduced, Moved };

struct ServiceStatus {
    ServiceState state = ServiceState::Open;
    std::string date;               // "YYYY-MM-DD": the day closed_today / reduced apply to
    std::vector<std::string> hours;  // reduced: that day's "HH:MM-HH:MM" ranges
    std::string moved_to;           // moved: the node the service now is at
    content::LocalizedText message;  // optional words for visitors ("Fermé pour inventaire")
};

enum class NoticeLevel { Normal, Urgent };

struct Notice {
    std::string id;
    NoticeLevel level = NoticeLevel::Normal;
    std::string starts;  // local time "YYYY-MM-DDTHH:MM"
    std::string ends;    // same shape, after `starts`
    content::LocalizedText text;
};

struct SiteStatus {
    std::map<std::string, ServiceStatus, std::less<>> services;  // only services that differ from open
    std::vector<Notice> notices;
};

}  // namespace phare::content
