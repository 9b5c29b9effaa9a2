// GET /r/{site}/{kiosk}/{service}?lang=..&step_free=0|1&easy=0|1: the route page a kiosk's QR code
// opens on a visitor's phone. Public (no cookie, nothing personal), cached briefly so that a
// status change by an agent (a moved service) reaches phones within a minute.

#include "hub_context.h"
#include "route_page.h"
#include "routes.h"

#include "http_message.h"

#include <optional>

namespace phare::hub {

namespace {

void send_route_page(http::Response& res, int status, const std::string& html)
{
    res.status = status;
    res.set_header("Cache-Control", status == 200 ? "public, max-age=60" : "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'");
    res.set_content(html, "text/html; charset=utf-8");
}

// "0", "1" or absent; anything else is a malformed address.
std::optional<bool> flag(const http::Request& req, const char* name)
{
    if (!req.has_param(name))
        return false;
    const std::string value = req.get_param_value(name);
    if (value == "0" || value == "1")
        return value == "1";
    return std::nullopt;
}

void get_route_page(HubContext& context, const http::Request& req, http::Response& res)
{
    auto current = context.publisher->current();
    if (!current)
        return send_route_page(res, 503, route_page_problem(503, "Aucun site n'est encore publié."));
    auto step_free = flag(req, "step_free");
    auto easy = flag(req, "easy");
    if (!step_free || !easy)
        return send_route_page(res, 400, route_page_problem(400, "step_free et easy valent 0 ou 1."));
    RoutePageQuery query{req.matches[1].str(), req.matches[2].str(), req.matches[3].str(), req.get_param_value("lang"), *step_free, *easy,
                         req.get_param_value("counter")};
    if (req.has_param("lang") && query.lang.empty())
        return send_route_page(res, 400, route_page_problem(400, "Cette langue n'est pas proposée ici."));
    RoutePage page = route_page(*current, query);
    send_route_page(res, page.status, page.html);
}

}  // namespace

void add_route_page_routes(http::Router& router, HubContext& context)
{
    router.get(R"(/r/([a-z0-9-]{1,64})/([A-Za-z0-9_-]{1,64})/([a-z0-9-]{1,64}))",
               [&context](const http::Request& req, http::Response& res) { get_route_page(context, req, res); });
}

}  // namespace phare::hub
