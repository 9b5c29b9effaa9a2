// The agents' counter page (/agent/guichet): sessions, roles and CSRF exactly as the other agent
// pages (agent_http.h); every action goes through QueueDesk, which stores it and tells the kiosks.
// After an action the browser is sent back to the page (303), so a reload never repeats a call.

#include "agent_http.h"
#include "guichet_pages.h"
#include "hub_context.h"
#include "routes.h"

#include <map>

namespace phare::hub {

namespace {

const std::map<std::string, std::string>& flashes()
{
    static const std::map<std::string, std::string> texts{
        {"appele", "Ticket appelé : il s'affiche et s'annonce sur les écrans."},
        {"rappele", "Ticket rappelé sur les écrans."},
        {"servi", "Ticket marqué servi."},
        {"absent", "Ticket marqué absent."},
        {"transfere", "Ticket transféré : il attend pour le nouveau service."},
        {"ouvert", "Guichet ouvert : les bornes délivrent des tickets pour ses services."},
        {"ferme", "Guichet fermé."},
    };
    return texts;
}

std::vector<std::string> form_services(const http::Request& req)
{
    std::vector<std::string> services;
    auto [first, last] = req.form.equal_range("service");
    for (auto it = first; it != last; ++it)
        services.push_back(it->second);
    return services;
}

void show_guichet(HubContext& context, const Visit& visit, const std::string& id, http::Response& res, int status,
                  const std::string& flash, const std::vector<std::string>& errors)
{
    const content::Site& site = visit.current.site;
    const auto counters = queue_counters(site);
    pages::GuichetView view;
    view.counter = find_counter(counters, id);
    view.state.counter = id;
    for (const auto& state : context.queue->counters())
        if (state.counter == id)
            view.state = state;
    view.current = context.queue->counter_ticket(id);
    view.boards = context.queue->boards(site);
    view.flash = flash;
    view.errors = errors;
    send_page(res, status, pages::guichet(viewer_of(context, visit.session), site, view));
}

// A counter of the site: the page for any other id is a 404.
bool known_counter(const Visit& visit, const std::string& id, http::Response& res)
{
    const auto counters = queue_counters(visit.current.site);
    if (find_counter(counters, id))
        return true;
    send_page(res, 404, pages::message("Guichet inconnu", "Ce guichet n'existe pas sur ce site.", "/agent/guichet"));
    return false;
}

void get_choice(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit || !permitted(context, visit->session, Permission::ServeQueue, res))
        return;
    const auto counters = queue_counters(visit->current.site);
    const std::string chosen = req.get_param_value("guichet");
    if (!chosen.empty() && find_counter(counters, chosen))
        return redirect(res, "/agent/guichet/" + chosen);
    send_page(res, 200, pages::guichet_choice(viewer_of(context, visit->session), visit->current.site, counters, context.queue->counters()));
}

void get_guichet(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    const std::string id = req.matches[1].str();
    if (!visit || !permitted(context, visit->session, Permission::ServeQueue, res) || !known_counter(*visit, id, res))
        return;
    auto flash = flashes().find(req.get_param_value("fait"));
    show_guichet(context, *visit, id, res, 200, flash == flashes().end() ? "" : flash->second, {});
}

void post_action(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    const std::string id = req.matches[1].str();
    const std::string verb = req.matches[2].str();
    if (!visit || !permitted(context, visit->session, Permission::ServeQueue, res) || !known_counter(*visit, id, res) ||
        !csrf_ok(visit->session, req, res))
        return;
    const content::Site& site = visit->current.site;
    QueueDesk& desk = *context.queue;
    std::optional<QueueRefusal> refused;
    std::string done;
    auto keep = [&](const auto& result, const char* flash) {
        if (result)
            done = flash;
        else
            refused = result.error();
    };
    if (verb == "appeler")
        keep(desk.call_next(site, id), "appele");
    else if (verb == "rappeler")
        keep(desk.recall(site, id), "rappele");
    else if (verb == "servi")
        keep(desk.finish(site, id, "served"), "servi");
    else if (verb == "absent")
        keep(desk.finish(site, id, "absent"), "absent");
    else if (verb == "transferer")
        keep(desk.transfer(site, id, req.form_value("service")), "transfere");
    else if (verb == "ouvrir" || verb == "fermer") {
        const bool open = verb == "ouvrir";
        auto state = desk.set_counter(site, id, open, open ? form_services(req) : std::vector<std::string>{}, visit->session.user);
        keep(state, open ? "ouvert" : "ferme");
        if (state)
            context.storage->append_audit({context.clock(), visit->session.user, "guichet " + id + (open ? " ouvert" : " fermé")});
    }
    if (refused)
        return show_guichet(context, *visit, id, res, refused->status, "", {refused->message});
    redirect(res, "/agent/guichet/" + id + "?fait=" + done);
}

}  // namespace

void add_guichet_routes(http::Router& router, HubContext& context)
{
    using Handler = void (*)(HubContext&, const http::Request&, http::Response&);
    auto bind = [&context](Handler handler) {
        return [&context, handler](const http::Request& req, http::Response& res) { handler(context, req, res); };
    };
    router.get("/agent/guichet", bind(get_choice));
    router.get(R"(/agent/guichet/([a-z0-9-]{1,64}))", bind(get_guichet));
    router.post(R"(/agent/guichet/([a-z0-9-]{1,64})/(appeler|rappeler|servi|absent|transferer|ouvrir|fermer))", bind(post_action));
}

}  // namespace phare::hub
