#pragma once
// What reception agents change during the day, shipped to kiosks as `status.json` inside the
// bundle: a service's state (open, closed today, reduced, moved) and notices (normal or urgent, with
// a start and an end). The site's own files say how things usually are; this file says how they
// are now. It models, parses, serialises and validates; it does not decide what a kiosk shows.

#include "core/content/localized_text.h"
#include "core/content/problem.h"
#include "core/content/site.h"
#include "core/content/site_status_model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::bundle {

inline constexpr std::string_view status_file = "status.json";

// The model lives in content/site_status_model.h (a Site carries its status); these names keep
// the bundle's vocabulary.
using content::Notice;
using content::NoticeLevel;
using content::ServiceState;
using content::ServiceStatus;
using content::SiteStatus;

std::string_view to_string(ServiceState state);
std::optional<ServiceState> service_state_from(std::string_view text);
std::string_view to_string(NoticeLevel level);
std::optional<NoticeLevel> notice_level_from(std::string_view text);

// "2026-11-26" and "2026-11-26T08:30" shapes (digits and ranges, not calendars).
bool is_date(std::string_view text);
bool is_local_time(std::string_view text);

struct ParsedStatus {
    std::optional<SiteStatus> status;  // present if and only if there is no error
    content::Problems problems;        // file "status.json"
};

ParsedStatus parse_status(std::string_view bytes);
// Ids of the status's urgent notices, in order.
std::vector<std::string> urgent_notice_ids(const SiteStatus& status);
std::string to_json(const SiteStatus& status);

// What needs the site: services and nodes exist, every text has the site's default language.
void validate_status(const SiteStatus& status, const content::Site& site, content::Problems& problems);

}  // namespace phare::bundle
