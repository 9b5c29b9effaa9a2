#include "http_router.h"

namespace phare::hub::http {

void Router::get(const std::string& pattern, Handler handler, RouteOptions options)
{
    add("GET", pattern, std::move(handler), options);
}

void Router::post(const std::string& pattern, Handler handler, RouteOptions options)
{
    add("POST", pattern, std::move(handler), options);
}

void Router::add(const std::string& method, const std::string& pattern, Handler handler, RouteOptions options)
{
    m_routes.push_back({method, std::regex(pattern, std::regex::ECMAScript | std::regex::optimize), std::move(handler), options});
}

const Route* Router::match(const std::string& method, const std::string& path, std::smatch& matches, bool& path_known) const
{
    const std::string& wanted = method == "HEAD" ? std::string("GET") : method;
    path_known = false;
    for (const auto& route : m_routes) {
        if (!std::regex_match(path, matches, route.pattern))
            continue;
        path_known = true;
        if (route.method == wanted)
            return &route;
    }
    return nullptr;
}

}  // namespace phare::hub::http
