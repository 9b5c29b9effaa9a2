#include "app/sync/hub_call.h"

#include <nlohmann/json.hpp>

namespace phare::app {

std::string to_string(HubFailure failure)
{
    switch (failure) {
    case HubFailure::None: return "ok";
    case HubFailure::Unreachable: return "hub unreachable";
    case HubFailure::Cancelled: return "cancelled";
    case HubFailure::RateLimited: return "rate limited by the hub";
    case HubFailure::ServerError: return "hub error";
    case HubFailure::Unauthorized: return "token refused (check the kiosk id and token file)";
    case HubFailure::BadRequest: return "request refused by the hub";
    }
    return "error";
}

std::string hub_url(const std::string& base, const std::string& path)
{
    std::string url = base;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url + path;
}

net::HttpRequest hub_post(const HubEndpoint& hub, const std::string& path, std::string body)
{
    net::HttpRequest request;
    request.method = "POST";
    request.url = hub_url(hub.hub_url, path);
    request.headers = {{"Authorization", "Bearer " + hub.token}, {"Content-Type", "application/json"}};
    request.body = std::move(body);
    // The hub's answers to these calls are a few hundred bytes; a megabyte is plenty.
    request.max_response_bytes = 1024 * 1024;
    return request;
}

HubFailure classify(const net::HttpResponse& response)
{
    if (response.error == "cancelled")
        return HubFailure::Cancelled;
    if (response.status == 0 || !response.error.empty())
        return HubFailure::Unreachable;
    if (response.status >= 200 && response.status < 300)
        return HubFailure::None;
    if (response.status == 401 || response.status == 403)
        return HubFailure::Unauthorized;
    if (response.status == 429)
        return HubFailure::RateLimited;
    if (response.status == 400 || response.status == 413)
        return HubFailure::BadRequest;
    return HubFailure::ServerError;
}

std::string describe(const std::string& what, const net::HttpResponse& response)
{
    std::string line = what + ": " + to_string(classify(response));
    // An answer cut after its status line (a reset, a truncated body, a timeout) failed all the
    // same: its status would read like a success ("unreachable (HTTP 200)"), the error says why.
    if (!response.error.empty())
        return line + " (" + response.error + ")";
    if (response.status == 0)
        return line + " (no answer)";
    line += " (HTTP " + std::to_string(response.status);
    // The hub's own sentence says what is wrong: keep it, bounded.
    auto json = nlohmann::json::parse(response.body, nullptr, false);
    if (json.is_object() && json.contains("error") && json["error"].is_string())
        line += ": " + json["error"].get<std::string>().substr(0, 300);
    return line + ")";
}

}  // namespace phare::app
