#pragma once
// What the hub answers when it refuses a request itself (no route, too large, too busy, a handler
// that failed): a page in French for agents' and visitors' pages, a JSON sentence for the kiosk API.
// An agent never sees a raw error, and is told that what they typed is still in the browser.

#include "http_message.h"

namespace phare::hub {

void answer_refusal(const http::Request& request, int status, http::Response& response);

}  // namespace phare::hub
