#include "agent_pages.h"

#include "agent_forms.h"
#include "clock.h"
#include "queue_site.h"

namespace phare::hub::pages {

namespace {

using html::escape;

std::string name_of(const content::LocalizedText& text, const content::Site& site)
{
    auto it = text.find(site.default_language);
    return it != text.end() ? it->second : (text.empty() ? std::string() : text.begin()->second);
}

std::string language_texts(const content::Site& site, const std::string& prefix, const std::string& label,
                           const content::LocalizedText& values)
{
    std::string out;
    for (const auto& language : site.languages) {
        std::string id = prefix + language.code;
        auto it = values.find(language.code);
        std::string dir = language.direction == content::TextDirection::RightToLeft ? "rtl" : "ltr";
        // The language's own name is in that language (RGAA 8.7: changes of language are marked).
        out += "<label for=\"" + id + "\">" + escape(label) + " — <span lang=\"" + escape(language.code) + "\">" +
               escape(language.name) + "</span></label>" +
               "<textarea id=\"" + id + "\" name=\"" + id + "\" rows=\"2\" cols=\"50\" lang=\"" + escape(language.code) +
               "\" dir=\"" + dir + "\">" + (it != values.end() ? escape(it->second) : "") + "</textarea>";
    }
    return out;
}

std::string services_table(const CurrentSite& current)
{
    std::string rows;
    for (const auto& service : current.site.services) {
        auto it = current.status.services.find(service.id);
        auto state = it == current.status.services.end() ? bundle::ServiceState::Open : it->second.state;
        std::string name = name_of(service.name, current.site);
        rows += "<tr><th scope=\"row\">" + escape(name) + "</th><td>" + escape(describe_state(state)) +
                "</td><td><a href=\"/agent/services/" + escape(service.id) + "\">Modifier l'état<span class=\"skip\"> de " +
                escape(name) + "</span></a></td></tr>";
    }
    return "<h2>Services</h2><table><caption class=\"skip\">État de chaque service</caption><thead><tr><th scope=\"col\">Service"
           "</th><th scope=\"col\">État</th><th scope=\"col\">Action</th></tr></thead><tbody>" + rows + "</tbody></table>";
}

// `draft`: what the agent typed in a refused notice, shown again so that nothing is lost.
std::string notices_section(const Viewer& viewer, const CurrentSite& current, const bundle::Notice& draft)
{
    std::string list;
    for (const auto& notice : current.status.notices)
        list += "<li><strong>" + std::string(notice.level == bundle::NoticeLevel::Urgent ? "Urgent" : "Normal") + "</strong> du " +
                escape(notice.starts) + " au " + escape(notice.ends) + " : " + escape(name_of(notice.text, current.site)) +
                "<form method=\"post\" action=\"/agent/notices/" + escape(notice.id) + "/delete\">" + html::hidden_csrf(viewer.csrf) +
                "<button class=\"secondary\" type=\"submit\">Retirer cette annonce</button></form></li>";
    const bool urgent = draft.level == bundle::NoticeLevel::Urgent;
    std::string form = "<h3>Nouvelle annonce</h3><form method=\"post\" action=\"/agent/notices\">" + html::hidden_csrf(viewer.csrf) +
                       "<fieldset><legend>Niveau</legend><input type=\"radio\" id=\"level-normal\" name=\"level\" value=\"normal\"" +
                       std::string(urgent ? "" : " checked") +
                       "><label for=\"level-normal\">Normale</label><input type=\"radio\" id=\"level-urgent\" name=\"level\" value=\"urgent\"" +
                       std::string(urgent ? " checked" : "") + "><label for=\"level-urgent\">Urgente</label></fieldset>"
                       "<label for=\"starts\">Début</label><p class=\"hint\" id=\"starts-hint\">Format : 2026-11-26T08:30</p>"
                       "<input type=\"datetime-local\" id=\"starts\" name=\"starts\" required aria-describedby=\"starts-hint\" value=\"" +
                       escape(draft.starts) + "\"><label for=\"ends\">Fin</label><input type=\"datetime-local\" id=\"ends\" name=\"ends\" required value=\"" +
                       escape(draft.ends) + "\">" + language_texts(current.site, "text_", "Texte", draft.text) +
                       "<p><button type=\"submit\">Publier l'annonce</button></p></form>";
    return "<h2>Annonces sur les bornes</h2>" + (list.empty() ? "<p>Aucune annonce.</p>" : "<ul>" + list + "</ul>") + form;
}

std::string audit_table(const std::vector<AuditEntry>& audit)
{
    std::string rows;
    for (const auto& entry : audit)
        rows += "<tr><td>" + escape(local_date_time(entry.at)) + "</td><td>" + escape(entry.who) + "</td><td>" + escape(entry.what) + "</td></tr>";
    return "<h2>Journal des modifications</h2><table><thead><tr><th scope=\"col\">Quand</th><th scope=\"col\">Qui</th>"
           "<th scope=\"col\">Quoi</th></tr></thead><tbody>" + rows + "</tbody></table>";
}

std::string radio(const std::string& value, const std::string& label, bool checked)
{
    std::string id = "state-" + value;
    return "<input type=\"radio\" id=\"" + id + "\" name=\"state\" value=\"" + value + "\"" + (checked ? " checked" : "") +
           "><label for=\"" + id + "\">" + escape(label) + "</label>";
}

std::string node_options(const content::Site& site, const std::string& selected)
{
    std::string options = "<option value=\"\">—</option>";
    for (const auto& node : site.map.nodes)
        if (!node.name.empty())
            options += "<option value=\"" + escape(node.id) + "\"" + (node.id == selected ? " selected" : "") + ">" +
                       escape(name_of(node.name, site)) + "</option>";
    return options;
}

}  // namespace

std::string login(const std::string& csrf, const std::string& error)
{
    std::string body = error.empty() ? "" : "<div class=\"alert\" role=\"alert\"><p>" + escape(error) + "</p></div>";
    body += "<form method=\"post\" action=\"/login\">" + html::hidden_csrf(csrf) +
            "<label for=\"name\">Identifiant</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required>"
            "<label for=\"password\">Mot de passe</label>"
            "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
            "<p><button type=\"submit\">Se connecter</button></p></form>";
    return html::page({"Connexion", "", ""}, body);
}

std::string overview(const Viewer& viewer, const CurrentSite& current, const std::vector<AuditEntry>& audit,
                     const std::string& flash, const std::vector<std::string>& errors, const bundle::Notice& draft)
{
    std::string body;
    if (!errors.empty())
        body += html::error_summary("L'enregistrement a été refusé", errors);
    if (!flash.empty())
        body += "<div class=\"status\" role=\"status\"><p>" + escape(flash) + "</p></div>";
    body += "<p>Version publiée sur les bornes : <strong>" + std::to_string(current.version) + "</strong></p>";
    // The counter page must be reachable by following links, not only by typing its address.
    if (!queue_counters(current.site).empty())
        body += "<p><a href=\"/agent/guichet\">Mon guichet</a> : ouvrir son guichet et appeler les tickets</p>";
    body += "<nav aria-label=\"Rapports\"><ul><li><a href=\"/agent/feedback\">Avis des visiteurs</a></li>"
            "<li><a href=\"/agent/kiosks\">État des bornes</a></li>" +
            std::string(viewer.admin ? "<li><a href=\"/agent/comptes\">Comptes des agents</a></li>" : "") + "</ul></nav>";
    body += services_table(current) + notices_section(viewer, current, draft) + audit_table(audit);
    return html::page({name_of(current.site.name, current.site), viewer.csrf, viewer.user}, body);
}

std::string service_form(const Viewer& viewer, const CurrentSite& current, const content::Service& service,
                         const bundle::ServiceStatus& shown, const std::vector<std::string>& errors)
{
    using bundle::ServiceState;
    std::string name = name_of(service.name, current.site);
    std::string body = errors.empty() ? "" : html::error_summary("L'enregistrement a été refusé", errors);
    std::string date = shown.date.empty() ? viewer.today : shown.date;
    std::string hours;
    for (const auto& range : shown.hours)
        hours += (hours.empty() ? "" : ", ") + range;
    body += "<p><a href=\"/agent\">Retour à la liste des services</a></p><form method=\"post\" action=\"/agent/services/" +
            escape(service.id) + "\">" + html::hidden_csrf(viewer.csrf) + "<fieldset><legend>État du service</legend>" +
            radio("open", "Ouvert", shown.state == ServiceState::Open) +
            radio("closed_today", "Fermé ce jour", shown.state == ServiceState::ClosedToday) +
            radio("reduced", "Horaires réduits", shown.state == ServiceState::Reduced) +
            radio("moved", "Déplacé", shown.state == ServiceState::Moved) + "</fieldset>" +
            "<label for=\"date\">Jour concerné (fermeture ou horaires réduits)</label>"
            "<input type=\"date\" id=\"date\" name=\"date\" value=\"" + escape(date) + "\">"
            "<label for=\"hours\">Horaires de ce jour</label><p class=\"hint\" id=\"hours-hint\">Par exemple : 09:00-12:00, 14:00-16:00</p>"
            "<input id=\"hours\" name=\"hours\" aria-describedby=\"hours-hint\" value=\"" + escape(hours) + "\">"
            "<label for=\"moved_to\">Nouvel emplacement</label><select id=\"moved_to\" name=\"moved_to\">" +
            node_options(current.site, shown.moved_to) + "</select>" +
            language_texts(current.site, "message_", "Message aux visiteurs", shown.message) +
            "<p><button type=\"submit\">Enregistrer et publier</button></p></form>";
    return html::page({"Service : " + name, viewer.csrf, viewer.user}, body);
}

std::string message(const std::string& title, const std::string& text, const std::string& link)
{
    return html::page({title, "", ""}, "<p>" + escape(text) + "</p><p><a href=\"" + escape(link) + "\">Continuer</a></p>");
}

std::string accounts(const Viewer& viewer, const std::vector<User>& users, const std::string& flash)
{
    std::string body = flash.empty() ? "" : "<div class=\"status\" role=\"status\"><p>" + escape(flash) + "</p></div>";
    body += "<p><a href=\"/agent\">Retour à l'accueil des agents</a></p>"
            "<p>Après plusieurs mots de passe erronés, un compte doit attendre avant un nouvel essai depuis le même poste. "
            "« Débloquer » efface cette attente pour tous les postes.</p>"
            "<table><caption>Comptes</caption><thead><tr><th scope=\"col\">Identifiant</th><th scope=\"col\">Rôle</th>"
            "<th scope=\"col\">Action</th></tr></thead><tbody>";
    for (const auto& user : users)
        body += "<tr><th scope=\"row\">" + escape(user.name) + "</th><td>" + (user.role == Role::Admin ? "administrateur" : "agent") +
                "</td><td><form method=\"post\" action=\"/agent/comptes/" + escape(user.name) + "/debloquer\">" +
                html::hidden_csrf(viewer.csrf) + "<button type=\"submit\" class=\"secondary\">Débloquer <span class=\"skip\">" +
                escape(user.name) + "</span></button></form></td></tr>";
    body += "</tbody></table>";
    return html::page({"Comptes des agents", viewer.csrf, viewer.user}, body);
}

}  // namespace phare::hub::pages
