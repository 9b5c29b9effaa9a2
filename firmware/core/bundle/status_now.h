#pragma once
// What the agents' status.json means at a given local time: which notices are up, and how a
// service differs from its usual self today. Pure: the app passes the wall clock in.

#include "core/bundle/site_status.h"

#include <optional>
#include <string_view>
#include <vector>

namespace phare::bundle {

// Notices whose [starts, ends) holds `local_time` ("YYYY-MM-DDTHH:MM"), urgent ones first, then
// in file order.
std::vector<const Notice*> notices_now(const SiteStatus& status, std::string_view local_time);

// The service's status if it applies at `local_time`: closed_today and reduced on their date
// only, moved always; nullopt when the service is as services.json says.
const ServiceStatus* service_status_now(const SiteStatus& status, std::string_view service, std::string_view local_time);

// The next local time after `local_time` at which notices_now or service_status_now may change
// (a notice starts or ends, a day ends), so an idle kiosk wakes exactly then; nullopt: never.
std::optional<std::string> next_status_change(const SiteStatus& status, std::string_view local_time);

}  // namespace phare::bundle
