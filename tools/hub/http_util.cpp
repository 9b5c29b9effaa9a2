#include "http_util.h"

#include "hub_context.h"

#include <nlohmann/json.hpp>

namespace phare::hub {

void send_json(http::Response& res, int status, const std::string& body)
{
    res.status = status;
    res.set_content(body, "application/json; charset=utf-8");
}

void send_error(http::Response& res, int status, const std::string& message)
{
    send_json(res, status, nlohmann::json{{"error", message}}.dump());
}

void send_problems(http::Response& res, int status, const std::string& summary, const std::vector<FieldProblem>& problems)
{
    send_json(res, status, problems_json(summary, problems));
}

std::optional<std::string> authenticate_kiosk(HubContext& context, const http::Request& req, http::Response& res)
{
    auto kiosk = kiosk_for_authorization(*context.storage, req.get_header_value("Authorization"));
    if (!kiosk) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"phare-hub\"");
        send_error(res, 401, "a valid kiosk token is required (Authorization: Bearer TOKEN)");
    }
    return kiosk;
}

bool etag_matches(std::string_view if_none_match, std::string_view etag)
{
    std::size_t start = 0;
    while (start < if_none_match.size()) {
        std::size_t comma = if_none_match.find(',', start);
        std::string_view item = if_none_match.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (item.starts_with("W/"))
            item.remove_prefix(2);
        if (item == "*" || item == etag)
            return true;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return false;
}

}  // namespace phare::hub
