// The queue's HTTP side (docs/queue.md): kiosks read the boards and take tickets with their bearer
// token; an existing queue system pushes its events with its own token; phones open a ticket's
// status page by its opaque token. Every change goes through QueueDesk, which stores it and tells
// every kiosk on the live channel.

#include "hub_context.h"
#include "http_util.h"
#include "routes.h"
#include "core/content/nearest_name.h"
#include "ticket_page.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace phare::hub {

namespace {

using nlohmann::json;

// Small JSON bodies only.
const http::RouteOptions queue_body{.body_limit = 16 * 1024};

std::string public_url(HubContext& context, const http::Request& req)
{
    if (!context.public_url.empty())
        return context.public_url;
    const std::string host = req.get_header_value("Host");
    return "http://" + (host.empty() ? std::string("localhost") : host);
}

json ticket_json(HubContext& context, const http::Request& req, const IssuedTicket& issued)
{
    const QueueTicket& t = issued.ticket;
    return {{"ticket", t.label}, {"service", t.service}, {"number", t.number}, {"priority", t.priority}, {"ahead", issued.ahead},
            {"estimate", estimate_json(issued.estimate)}, {"status_url", public_url(context, req) + "/ticket/" + t.token},
            {"issued_at", local_iso(t.issued_at)}, {"state", t.state}};
}

void send_refusal(http::Response& res, const QueueRefusal& refusal) { send_error(res, refusal.status, refusal.message); }

// The body as a JSON object, or nullopt after answering 400.
std::optional<json> json_object(const http::Request& req, http::Response& res)
{
    auto body = json::parse(req.body, nullptr, false);
    if (!body.is_object()) {
        send_problems(res, 400, "the body is not a JSON object", {{"", "expected a JSON object", ""}});
        return std::nullopt;
    }
    return body;
}

// Every member not in `known` is a problem, named with the known one it is likely a typo of: a
// misspelt "numbr" must not silently make a ticket with the next number instead.
void unknown_fields(const json& body, const std::vector<std::string_view>& known, std::vector<FieldProblem>& problems)
{
    for (const auto& [name, value] : body.items()) {
        if (std::find(known.begin(), known.end(), name) != known.end())
            continue;
        const auto nearest = content::nearest_name(name, known);
        problems.push_back({"/" + name, nearest ? "unknown field; did you mean \"" + *nearest + "\"?" : "unknown field", ""});
    }
}

// A string member: absent gives `fallback`; any other type is a problem.
std::string text_field(const json& body, const char* name, std::vector<FieldProblem>& problems, const std::string& fallback = {})
{
    auto it = body.find(name);
    if (it == body.end() || it->is_null())
        return fallback;
    if (!it->is_string() || it->get_ref<const std::string&>().size() > 200) {
        problems.push_back({std::string("/") + name, "must be a string of at most 200 bytes", ""});
        return fallback;
    }
    return it->get<std::string>();
}

bool is_request_id(std::string_view text)
{
    return !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    });
}

std::optional<CurrentSite> published(HubContext& context, http::Response& res)
{
    auto current = context.publisher->current();
    if (!current)
        send_error(res, 503, "no site is published yet");
    return current;
}

std::optional<std::string> kiosk_of_path(HubContext& context, const http::Request& req, http::Response& res)
{
    auto kiosk = authenticate_kiosk(context, req, res);
    if (kiosk && req.matches[1].str() != *kiosk) {
        send_error(res, 403, "kiosk \"" + *kiosk + "\" cannot act for \"" + req.matches[1].str() + "\"");
        return std::nullopt;
    }
    return kiosk;
}

void get_kiosk_queue(HubContext& context, const http::Request& req, http::Response& res)
{
    auto kiosk = kiosk_of_path(context, req, res);
    auto current = kiosk ? published(context, res) : std::nullopt;
    if (!current)
        return;
    res.set_header("Cache-Control", "no-store");
    send_json(res, 200, context.queue->snapshot_json(current->site));
}

// Shared by kiosks and queue systems: {"service", "priority"?, "request"?, "number"?}.
void issue_ticket(HubContext& context, const http::Request& req, http::Response& res, const std::string& source,
                  const std::string& kiosk, bool from_kiosk)
{
    auto current = published(context, res);
    auto body = current ? json_object(req, res) : std::nullopt;
    if (!body)
        return;
    std::vector<FieldProblem> problems;
    TicketRequest request;
    request.service = text_field(*body, "service", problems);
    request.priority = text_field(*body, "priority", problems, "none");
    request.request = text_field(*body, "request", problems);
    request.source = source;
    request.kiosk = kiosk;
    if (from_kiosk)
        unknown_fields(*body, {"service", "priority", "request"}, problems);
    else
        unknown_fields(*body, {"type", "service", "priority", "request", "number"}, problems);
    if (request.service.empty())
        problems.push_back({"/service", "required: the service's id", ""});
    if (from_kiosk ? !is_request_id(request.request) : (!request.request.empty() && !is_request_id(request.request)))
        problems.push_back({"/request", "a request id (a UUID) that makes a retried call return the same ticket", ""});
    if (auto number = body->find("number"); number != body->end() && !from_kiosk) {
        if (!number->is_number_integer() || number->get<std::int64_t>() < 1 || number->get<std::int64_t>() > 99999)
            problems.push_back({"/number", "a whole number from 1 to 99999", ""});
        else
            request.number = number->get<int>();
    }
    if (!problems.empty())
        return send_problems(res, 400, "malformed ticket request; no ticket was made", problems);
    auto issued = context.queue->issue(current->site, current->status, request, from_kiosk);
    if (!issued)
        return send_refusal(res, issued.error());
    // The same answer for a retried request: the caller cannot tell it apart, and need not.
    send_json(res, 201, ticket_json(context, req, *issued).dump());
}

void post_kiosk_ticket(HubContext& context, const http::Request& req, http::Response& res)
{
    auto kiosk = kiosk_of_path(context, req, res);
    if (kiosk)
        issue_ticket(context, req, res, "kiosk:" + *kiosk, *kiosk, true);
}

std::optional<std::string> authenticate_system(HubContext& context, const http::Request& req, http::Response& res)
{
    auto name = queue_system_for_authorization(*context.storage, req.get_header_value("Authorization"));
    if (!name) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"phare-hub\"");
        send_error(res, 401, "a valid queue system token is required (Authorization: Bearer TOKEN, from `phare-hub queue-system add`)");
    }
    return name;
}

json change_json(const TicketChange& change)
{
    const QueueTicket& t = change.ticket;
    return {{"ticket", t.label}, {"service", t.service}, {"number", t.number}, {"state", t.state}, {"counter", t.counter}, {"calls", t.calls}};
}

json counter_json(const CounterState& state)
{
    return {{"counter", state.counter}, {"open", state.open}, {"services", state.services}, {"agent", state.agent}};
}

void post_system_event(HubContext& context, const http::Request& req, http::Response& res)
{
    auto system = authenticate_system(context, req, res);
    auto current = system ? published(context, res) : std::nullopt;
    auto body = current ? json_object(req, res) : std::nullopt;
    if (!body)
        return;
    std::vector<FieldProblem> problems;
    const std::string type = text_field(*body, "type", problems);
    if (type == "issued")
        return issue_ticket(context, req, res, "system:" + *system, "", false);
    const std::string counter = text_field(*body, "counter", problems);
    const content::Site& site = current->site;
    if (type == "counter_opened" || type == "counter_closed") {
        unknown_fields(*body, type == "counter_opened" ? std::vector<std::string_view>{"type", "counter", "services"}
                                                       : std::vector<std::string_view>{"type", "counter"},
                       problems);
        std::vector<std::string> services;
        if (auto list = body->find("services"); list != body->end()) {
            if (!list->is_array())
                problems.push_back({"/services", "a list of service ids", ""});
            else
                for (const auto& item : *list)
                    if (item.is_string())
                        services.push_back(item.get<std::string>());
                    else
                        problems.push_back({"/services", "a list of service ids", ""});
        }
        if (!problems.empty())
            return send_problems(res, 400, "malformed event; nothing changed", problems);
        auto state = context.queue->set_counter(site, counter, type == "counter_opened", services, "system:" + *system);
        if (!state)
            return send_refusal(res, state.error());
        return send_json(res, 200, counter_json(*state).dump());
    }
    if (type == "next") {
        // A counter's "next" button wired to a machine: the hub chooses, as for an agent.
        unknown_fields(*body, {"type", "counter"}, problems);
        if (!problems.empty())
            return send_problems(res, 400, "malformed event; nothing changed", problems);
        auto change = context.queue->call_next(site, counter);
        if (!change)
            return send_refusal(res, change.error());
        return send_json(res, 200, change_json(*change).dump());
    }
    const std::string service = text_field(*body, "service", problems);
    if (type == "called" || type == "recalled")
        unknown_fields(*body, {"type", "service", "number", "counter"}, problems);
    else if (type == "served" || type == "absent")
        unknown_fields(*body, {"type", "service", "number"}, problems);
    auto number = body->find("number");
    if (number == body->end() || !number->is_number_integer() || number->get<std::int64_t>() < 1 || number->get<std::int64_t>() > 99999)
        problems.push_back({"/number", "the ticket's number in its service's series, a whole number from 1 to 99999", ""});
    if (type != "called" && type != "recalled" && type != "served" && type != "absent")
        problems.push_back({"/type", "one of issued, next, called, recalled, served, absent, counter_opened, counter_closed", ""});
    if (!problems.empty())
        return send_problems(res, 400, "malformed event; nothing changed", problems);
    const int n = number->get<int>();
    auto change = type == "called" || type == "recalled" ? context.queue->call_ticket(site, service, n, counter)
                                                         : context.queue->finish_ticket(site, service, n, type);
    if (!change)
        return send_refusal(res, change.error());
    send_json(res, 200, change_json(*change).dump());
}

void get_system_board(HubContext& context, const http::Request& req, http::Response& res)
{
    auto system = authenticate_system(context, req, res);
    auto current = system ? published(context, res) : std::nullopt;
    if (!current)
        return;
    res.set_header("Cache-Control", "no-store");
    send_json(res, 200, context.queue->snapshot_json(current->site));
}

void get_ticket_page(HubContext& context, const http::Request& req, http::Response& res)
{
    auto current = context.publisher->current();
    auto view = current ? context.queue->ticket(current->site, req.matches[1].str()) : std::nullopt;
    TicketPage page = ticket_page(current ? &*current : nullptr, view ? &*view : nullptr, req.get_param_value("lang"),
                                  req.has_param("lang"), context.queue->today());
    res.status = page.status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'");
    res.set_content(page.html, "text/html; charset=utf-8");
}

}  // namespace

void add_queue_routes(http::Router& router, HubContext& context)
{
    using Handler = void (*)(HubContext&, const http::Request&, http::Response&);
    auto bind = [&context](Handler handler) {
        return [&context, handler](const http::Request& req, http::Response& res) { handler(context, req, res); };
    };
    router.get(R"(/api/v1/kiosks/([^/]{1,64})/queue)", bind(get_kiosk_queue));
    router.post(R"(/api/v1/kiosks/([^/]{1,64})/tickets)", bind(post_kiosk_ticket), queue_body);
    router.post("/api/v1/queue/events", bind(post_system_event), queue_body);
    router.get("/api/v1/queue/board", bind(get_system_board));
    router.get(R"(/ticket/([0-9a-f]{32}))", bind(get_ticket_page));
}

}  // namespace phare::hub
