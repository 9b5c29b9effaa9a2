#pragma once
// Small helpers shared by the route files: JSON answers and If-None-Match matching. Private to
// tools/hub (it includes httplib.h).

#include "kiosk_messages.h"

#include <httplib.h>

#include <string>
#include <string_view>

namespace phare::hub {

inline constexpr std::size_t max_body_bytes = 256 * 1024;

void send_json(httplib::Response& res, int status, const std::string& body);
// {"error": message}
void send_error(httplib::Response& res, int status, const std::string& message);
void send_problems(httplib::Response& res, int status, const std::string& summary, const std::vector<FieldProblem>& problems);

// True when an If-None-Match header value names `etag` (or is "*"); weak tags compare by value.
bool etag_matches(std::string_view if_none_match, std::string_view etag);

}  // namespace phare::hub
