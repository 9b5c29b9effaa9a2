#include "guichet_pages.h"

#include <algorithm>

namespace phare::hub::pages {

namespace {

using html::escape;

std::string name_in_default(const content::LocalizedText& text, const content::Site& site)
{
    return std::string(site.text(text, site.default_language));
}

std::string service_name(const content::Site& site, const std::string& id)
{
    const content::Service* service = site.find_service(id);
    return service ? name_in_default(service->name, site) : id;
}

std::string counter_name(const content::Site& site, const QueueCounter* counter, const std::string& id)
{
    return counter ? name_in_default(counter->name, site) : id;
}

// One POST button; `hint` names the counter for screen readers when several counters are listed.
std::string action(const Viewer& viewer, const std::string& counter, const std::string& verb, const std::string& label, bool primary)
{
    return "<form method=\"post\" action=\"/agent/guichet/" + escape(counter) + "/" + verb + "\" class=\"inline\">" +
           html::hidden_csrf(viewer.csrf) + "<button type=\"submit\"" + (primary ? "" : " class=\"secondary\"") + ">" + escape(label) +
           "</button></form>";
}

std::string current_section(const Viewer& viewer, const content::Site& site, const GuichetView& view)
{
    const std::string id = view.state.counter;
    std::string out = "<h2>Ticket en cours</h2>";
    if (!view.current) {
        out += "<p>Aucun ticket en cours à ce guichet.</p>";
    } else {
        const QueueTicket& t = view.current->ticket;
        out += "<p class=\"ticket\"><strong>" + escape(t.label) + "</strong> — " + escape(service_name(site, t.service)) +
               (t.priority != "none" ? " — prioritaire" : "") + " (appelé " + std::to_string(t.calls) + " fois)</p>";
    }
    out += "<div class=\"actions\">" + action(viewer, id, "appeler", "Appeler le suivant", true);
    if (view.current) {
        out += action(viewer, id, "rappeler", "Rappeler " + view.current->ticket.label, false) +
               action(viewer, id, "servi", "Servi", false) + action(viewer, id, "absent", "Absent", false);
    }
    out += "</div>";
    if (view.current) {
        std::string options;
        for (const content::Service* service : queued_services(site))
            if (service->id != view.current->ticket.service)
                options += "<option value=\"" + escape(service->id) + "\">" + escape(name_in_default(service->name, site)) + "</option>";
        out += "<form method=\"post\" action=\"/agent/guichet/" + escape(id) + "/transferer\">" + html::hidden_csrf(viewer.csrf) +
               "<label for=\"vers\">Transférer " + escape(view.current->ticket.label) + " vers le service</label>"
               "<p class=\"hint\" id=\"vers-aide\">Le ticket garde sa place selon son heure d'arrivée.</p>"
               "<select id=\"vers\" name=\"service\" aria-describedby=\"vers-aide\">" + options +
               "</select> <button type=\"submit\" class=\"secondary\">Transférer</button></form>";
    }
    return out;
}

std::string state_section(const Viewer& viewer, const content::Site& site, const GuichetView& view)
{
    const std::string id = view.state.counter;
    std::string out = "<h2>État du guichet</h2><p>Ce guichet est <strong>" + std::string(view.state.open ? "ouvert" : "fermé") + "</strong>" +
                      (view.state.open && !view.state.agent.empty() ? " (ouvert par " + escape(view.state.agent) + ")" : "") + ".</p>";
    std::vector<std::string> possible;
    if (view.counter)
        possible = view.counter->services;
    else
        for (const content::Service* service : queued_services(site))
            possible.push_back(service->id);
    std::string boxes;
    for (const auto& service : possible) {
        const bool served = std::find(view.state.services.begin(), view.state.services.end(), service) != view.state.services.end();
        boxes += "<label for=\"s-" + escape(service) + "\"><input type=\"checkbox\" id=\"s-" + escape(service) + "\" name=\"service\" value=\"" +
                 escape(service) + "\"" + (served || !view.state.open ? " checked" : "") + "> " + escape(service_name(site, service)) + "</label>";
    }
    out += "<form method=\"post\" action=\"/agent/guichet/" + escape(id) + "/ouvrir\">" + html::hidden_csrf(viewer.csrf) +
           "<fieldset><legend>Services traités à ce guichet</legend>" + boxes + "</fieldset><p><button type=\"submit\">" +
           (view.state.open ? "Enregistrer les services" : "Ouvrir le guichet") + "</button></p></form>";
    if (view.state.open)
        out += action(viewer, id, "fermer", "Fermer le guichet", false);
    return out;
}

std::string waiting_table(const content::Site& site, const GuichetView& view)
{
    std::string rows;
    for (const auto& board : view.boards) {
        const bool mine = std::find(view.state.services.begin(), view.state.services.end(), board.service) != view.state.services.end();
        rows += "<tr><th scope=\"row\">" + escape(service_name(site, board.service)) + (mine && view.state.open ? " (ce guichet)" : "") +
                "</th><td>" + std::to_string(board.waiting) + "</td><td>" + escape(board.serving.empty() ? "—" : board.serving) + "</td><td>" +
                std::to_string(board.counters_open.size()) + "</td></tr>";
    }
    return "<h2>En attente</h2><table><caption class=\"skip\">Tickets en attente par service</caption><thead><tr><th scope=\"col\">Service"
           "</th><th scope=\"col\">En attente</th><th scope=\"col\">Dernier appelé</th><th scope=\"col\">Guichets ouverts</th></tr></thead><tbody>" +
           rows + "</tbody></table><p><a href=\"\">Actualiser la page</a></p>";
}

}  // namespace

std::string guichet_choice(const Viewer& viewer, const content::Site& site, const std::vector<QueueCounter>& counters,
                           const std::vector<CounterState>& states)
{
    std::string body = "<p><a href=\"/agent\">Retour à l'accueil des agents</a></p>";
    if (counters.empty()) {
        body += "<p>Ce site ne déclare aucun guichet (fichier queue.json du site).</p>";
        return html::page({"Mon guichet", viewer.csrf, viewer.user}, body);
    }
    std::string options;
    std::string rows;
    for (const auto& counter : counters) {
        auto state = std::find_if(states.begin(), states.end(), [&](const CounterState& s) { return s.counter == counter.id; });
        const bool open = state != states.end() && state->open;
        const std::string name = name_in_default(counter.name, site);
        options += "<option value=\"" + escape(counter.id) + "\">" + escape(name) + "</option>";
        rows += "<li><a href=\"/agent/guichet/" + escape(counter.id) + "\">" + escape(name) + "</a> — " + (open ? "ouvert" : "fermé") +
                (open && !state->agent.empty() ? " (" + escape(state->agent) + ")" : "") + "</li>";
    }
    body += "<form method=\"get\" action=\"/agent/guichet\"><label for=\"guichet\">Mon guichet</label><select id=\"guichet\" name=\"guichet\">" +
            options + "</select> <button type=\"submit\">Choisir ce guichet</button></form><h2>Tous les guichets</h2><ul>" + rows + "</ul>";
    return html::page({"Mon guichet", viewer.csrf, viewer.user}, body);
}

std::string guichet(const Viewer& viewer, const content::Site& site, const GuichetView& view)
{
    std::string body;
    if (!view.errors.empty())
        body += html::error_summary("Action impossible", view.errors);
    if (!view.flash.empty())
        body += "<div class=\"status\" role=\"status\"><p>" + escape(view.flash) + "</p></div>";
    body += "<p><a href=\"/agent/guichet\">Changer de guichet</a></p>";
    body += current_section(viewer, site, view) + state_section(viewer, site, view) + waiting_table(site, view);
    return html::page({counter_name(site, view.counter, view.state.counter), viewer.csrf, viewer.user}, body);
}

}  // namespace phare::hub::pages
