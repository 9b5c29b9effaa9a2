#pragma once
// What the feedback uploader and the heartbeat share about talking to the hub: where it is, the
// kiosk's credentials, and how an HTTP answer is classified into something a schedule can act on
// and a maintainer can read.

#include "platform/net/http_client.h"

#include <string>

namespace phare::app {

struct HubEndpoint {
    std::string hub_url;   // "https://hub.example.org" (no trailing slash needed)
    std::string kiosk_id;  // as provisioned with `phare-hub kiosk add`
    std::string token;     // 64 hex digits, sent as a bearer token
};

// Why a call did not work, from the kiosk's side.
enum class HubFailure {
    None,
    Unreachable,   // no HTTP answer: refused, timeout, DNS, TLS (the hub or the network is down)
    Cancelled,     // the worker is stopping
    RateLimited,   // 429: the hub asks us to slow down
    ServerError,   // 5xx or an answer we cannot read: the hub's fault
    Unauthorized,  // 401 / 403: the token or the kiosk id is wrong; a maintainer must act
    BadRequest,    // 400 the caller could not attribute to anything it can fix alone
};

std::string to_string(HubFailure failure);
// The hub sent an HTTP answer (even an error): it is up and reachable.
inline bool hub_answered(HubFailure failure) { return failure != HubFailure::Unreachable && failure != HubFailure::Cancelled; }

// "https://hub/" + "/api/v1/feedback" without a doubled slash.
std::string hub_url(const std::string& base, const std::string& path);
net::HttpRequest hub_post(const HubEndpoint& hub, const std::string& path, std::string body);

// The failure kind for a response that is not a 2xx (None for a 2xx).
HubFailure classify(const net::HttpResponse& response);
// One line for logs, the heartbeat and the maintenance screen, e.g.
// "feedback upload: hub unreachable (Couldn't connect to server)".
std::string describe(const std::string& what, const net::HttpResponse& response);

}  // namespace phare::app
