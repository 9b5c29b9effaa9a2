#include "route_page.h"

#include "core/content/hours.h"
#include "html.h"
#include "queue_site.h"
#include "core/i18n/template.h"
#include "core/wayfinding/directions.h"

namespace phare::hub {

namespace {

// Large text, 7:1 contrast or better, one column that reflows from 320 px, visible focus, and
// bigger text when the phone asks for it (rem units follow the browser's text size).
constexpr std::string_view style = R"css(
html { font-size: 112.5%; }
body { font: 1rem/1.6 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 40rem; padding: 0 1rem 2rem; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 .5rem; } h2 { font-size: 1.3rem; margin-top: 1.5rem; }
a { color: #0b3d91; text-decoration-thickness: 2px; } a:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
ol.steps { padding-inline-start: 2rem; } ol.steps li { margin: .6rem 0; padding-inline-start: .3rem; }
.where { font-size: 1.2rem; font-weight: 700; } .notice { border: 3px solid #a00000; color: #a00000; padding: .5rem 1rem; }
ul.links { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
ul.links a { display: inline-block; padding: .4rem 0; min-height: 24px; }
)css";

struct Words {
    const content::Site& site;
    std::string lang;
    std::string ui(std::string_view key) const { return std::string(site.ui(key, lang)); }
    std::string text(const content::LocalizedText& t) const { return std::string(site.text(t, lang)); }
};

std::string query_string(const std::string& lang, bool step_free, bool easy, const std::string& counter)
{
    std::string q = "?lang=" + lang;
    if (!counter.empty())
        q += "&amp;counter=" + html::escape(counter);
    if (step_free)
        q += "&amp;step_free=1";
    if (easy)
        q += "&amp;easy=1";
    return q;
}

std::string hours_list(const Words& w, const content::Service& service)
{
    std::string out = "<ul>";
    for (std::size_t day = 0; day < content::day_keys.size(); ++day) {
        // The kiosk's own words and punctuation for a day's hours (service.day_hours, time.*, list.join);
        // the browser's bidi keeps "9:00 – 12:00" in order in Arabic and Hebrew.
        const std::string name = w.ui("day." + std::string(content::day_keys[day]));
        const std::string hours = content::day_ranges(w.site, service.hours[day], w.lang);
        out += "<li>" + html::escape(i18n::fill(w.ui("service.day_hours"), {{"day", name}, {"hours", hours}})) + "</li>";
    }
    return out + "</ul>";
}

// The same route and sentences as the kiosk's directions screen (ui/screens/directions_screen.cpp).
std::string steps_section(const Words& w, const CurrentSite& current, const content::Kiosk& kiosk, const std::string& destination,
                          const RoutePageQuery& query)
{
    const content::Site& site = current.site;
    wayfinding::RoutingGraph graph(site.map, site.routing);
    const auto profile = query.step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Standard;
    auto route = wayfinding::plan_route_between(graph, kiosk.node, kiosk.heading_deg, destination, profile);
    if (route)
        route->kiosk = kiosk.id;
    std::string title = w.ui("dir.heading");
    if (query.step_free)
        title += " — " + w.ui("dir.step_free");
    std::string out = "<h2 id=\"itineraire\">" + html::escape(title) + "</h2>";
    if (!route) {
        out += "<p class=\"notice\">" + html::escape(wayfinding::no_route_text(site, route.error(), destination, w.lang)) + "</p>";
    } else {
        out += "<ol class=\"steps\">";
        const auto wording = query.easy_read ? wayfinding::Wording::EasyRead : wayfinding::Wording::Standard;
        for (const wayfinding::Direction& direction : wayfinding::directions(site, *route, w.lang, wording))
            out += "<li>" + html::escape(direction.text) + "</li>";
        out += "</ol>";
    }
    const std::string other = query.step_free ? w.ui("dir.standard") : w.ui("dir.step_free");
    out += "<p><a href=\"" + query_string(w.lang, !query.step_free, query.easy_read, query.counter) + "#itineraire\">" + html::escape(other) + "</a></p>";
    return out;
}

std::string languages_section(const Words& w, const content::Site& site, const RoutePageQuery& query)
{
    std::string out = "<h2>" + html::escape(w.ui("welcome.language_heading")) + "</h2><ul class=\"links\">";
    for (const content::Language& language : site.languages) {
        if (language.code == w.lang)
            continue;
        const char* dir = language.direction == content::TextDirection::RightToLeft ? "rtl" : "ltr";
        out += "<li><a href=\"" + query_string(language.code, query.step_free, query.easy_read, query.counter) + "\" hreflang=\"" +
               html::escape(language.code) + "\" lang=\"" + html::escape(language.code) + "\" dir=\"" + dir + "\">" +
               html::escape(language.name) + "</a></li>";
    }
    return out + "</ul>";
}

}  // namespace

std::string visitor_document(const std::string& lang, bool rtl, const std::string& title, const std::string& body, const std::string& head)
{
    return "<!DOCTYPE html>\n<html lang=\"" + html::escape(lang) + "\" dir=\"" + (rtl ? "rtl" : "ltr") +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + head +
           "<title>" + html::escape(title) + "</title><style>" + std::string(style) + "</style></head><body><main>" + body +
           "</main></body></html>\n";
}

std::string route_page_problem(int status, const std::string& sentence)
{
    // French first: the hub does not know the visitor's language when the request itself is wrong.
    const std::string title = status == 404 ? "Page introuvable" : status == 503 ? "Service indisponible" : "Adresse incorrecte";
    return visitor_document("fr", false, title + " — Phare",
                    "<h1>" + html::escape(title) + "</h1><p>" + html::escape(sentence) +
                        "</p><p>Demandez de l'aide à l'accueil du bâtiment. <span lang=\"en\">Please ask at the reception desk.</span></p>");
}

RoutePage route_page(const CurrentSite& current, const RoutePageQuery& query)
{
    const content::Site& site = current.site;
    if (query.site != site.id)
        return {404, route_page_problem(404, "Ce site n'est pas publié sur ce serveur.")};
    const content::Kiosk* kiosk = site.find_kiosk(query.kiosk);
    if (!kiosk)
        return {404, route_page_problem(404, "Cette borne n'existe pas dans ce bâtiment.")};
    const content::Service* service = site.find_service(query.service);
    if (!service)
        return {404, route_page_problem(404, "Ce service n'existe pas dans ce bâtiment.")};
    const std::string lang = query.lang.empty() ? site.default_language : query.lang;
    const content::Language* language = site.find_language(lang);
    if (!language)
        return {400, route_page_problem(400, "Cette langue n'est pas proposée ici.")};
    const Words w{site, lang};
    std::string destination = service->destination;
    if (!query.counter.empty()) {
        const auto counters = queue_counters(site);
        const QueueCounter* counter = find_counter(counters, query.counter);
        if (!counter || !site.map.find_node(counter->node))
            return {404, route_page_problem(404, "Ce guichet n'existe pas dans ce bâtiment.")};
        destination = counter->node;
    }
    std::string notice;
    if (auto it = current.status.services.find(service->id); it != current.status.services.end()) {
        if (it->second.state == bundle::ServiceState::Moved && site.map.find_node(it->second.moved_to))
            destination = it->second.moved_to;
        if (!it->second.message.empty())
            notice = "<p class=\"notice\">" + html::escape(w.text(it->second.message)) + "</p>";
    }
    const std::string name = w.text(query.easy_read ? service->easy_name : service->name);
    std::string body = "<h1>" + html::escape(name) + "</h1>";
    if (const content::Node* node = site.map.find_node(destination)) {
        const content::Level* level = site.map.find_level(node->level);
        const std::string place = node->name.empty() ? name : w.text(node->name);
        body += "<p class=\"where\">" +
                html::escape(i18n::fill(w.ui("service.where"), {{"place", place}, {"level", level ? w.text(level->name) : std::string()}})) +
                "</p>";
    }
    body += notice;
    body += steps_section(w, current, *kiosk, destination, query);
    body += "<h2>" + html::escape(w.ui("service.hours_heading")) + "</h2>" + hours_list(w, *service);
    body += languages_section(w, site, query);
    return {200, visitor_document(lang, language->direction == content::TextDirection::RightToLeft, name + " — " + w.ui("dir.heading"), body)};
}

}  // namespace phare::hub
