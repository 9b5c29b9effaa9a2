#pragma once
// Small helpers shared by the route files: JSON answers, the kiosk's bearer token and
// If-None-Match matching.

#include "kiosk_messages.h"
#include "http_message.h"

#include <optional>
#include <string>
#include <string_view>

namespace phare::hub {

struct HubContext;

void send_json(http::Response& res, int status, const std::string& body);
// {"error": message}
void send_error(http::Response& res, int status, const std::string& message);
void send_problems(http::Response& res, int status, const std::string& summary, const std::vector<FieldProblem>& problems);

// The kiosk whose bearer token the request carries, or nullopt after answering 401.
std::optional<std::string> authenticate_kiosk(HubContext& context, const http::Request& req, http::Response& res);

// True when an If-None-Match header value names `etag` (or is "*"); weak tags compare by value.
bool etag_matches(std::string_view if_none_match, std::string_view etag);

}  // namespace phare::hub
