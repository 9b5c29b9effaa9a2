#include "ticket_page.h"

#include "html.h"
#include "core/i18n/template.h"
#include "core/queue/estimate_words.h"
#include "queue_site.h"
#include "route_page.h"

namespace phare::hub {

namespace {

struct Words {
    const content::Site& site;
    std::string lang;
    std::string ui(std::string_view key) const { return std::string(site.ui(key, lang)); }
    std::string text(const content::LocalizedText& t) const { return std::string(site.text(t, lang)); }
};

std::string paragraph(const std::string& text, const char* css = nullptr)
{
    return std::string("<p") + (css ? std::string(" class=\"") + css + "\"" : "") + ">" + html::escape(text) + "</p>";
}

// The same words as the kiosk's, with ICU's plural of "minutes" (core/queue/estimate_words).
std::string estimate_words(const Words& w, const QueueEstimate& estimate)
{
    return queue::estimate_in_words(w.site, w.lang, {estimate.known, estimate.low_minutes, estimate.high_minutes});
}

// The route from the kiosk that printed the ticket (or the site's first kiosk) to the counter.
std::string route_link(const Words& w, const QueueTicket& ticket, const QueueCounter* counter)
{
    const content::Site& site = w.site;
    const content::Kiosk* from = site.find_kiosk(ticket.kiosk);
    if (!from && !site.kiosks.empty())
        from = &site.kiosks.front();
    if (!from)
        return {};
    std::string href = "/r/" + site.id + "/" + from->id + "/" + ticket.service + "?lang=" + w.lang;
    if (counter)
        href += "&counter=" + counter->id;
    return "<p><a href=\"" + html::escape(href) + "\">" + html::escape(w.ui("queue.route_link")) + "</a></p>";
}

std::string state_section(const Words& w, const TicketView& view, const std::string& today)
{
    const QueueTicket& ticket = view.ticket;
    if (ticket.day != today)
        return paragraph(w.ui("queue.ticket_expired"), "notice");
    if (ticket.state == "waiting")
        return paragraph(i18n::fill(w.ui("queue.people_ahead"), {{"count", std::to_string(view.ahead)}}), "big") +
               paragraph(estimate_words(w, view.estimate));
    if (ticket.state == "called") {
        const auto counters = queue_counters(w.site);
        const QueueCounter* counter = find_counter(counters, ticket.counter);
        const std::string where = counter ? w.text(counter->name) : ticket.counter;
        return "<p class=\"called\" role=\"status\">" + html::escape(i18n::fill(w.ui("queue.called_go_to"), {{"counter", where}})) + "</p>" +
               route_link(w, ticket, counter);
    }
    if (ticket.state == "absent")
        return paragraph(w.ui("queue.ticket_absent"), "notice");
    return paragraph(w.ui("queue.ticket_done"));
}

std::string languages(const Words& w)
{
    std::string out = "<h2>" + html::escape(w.ui("welcome.language_heading")) + "</h2><ul class=\"links\">";
    for (const content::Language& language : w.site.languages) {
        if (language.code == w.lang)
            continue;
        const char* dir = language.direction == content::TextDirection::RightToLeft ? "rtl" : "ltr";
        out += "<li><a href=\"?lang=" + html::escape(language.code) + "\" hreflang=\"" + html::escape(language.code) + "\" lang=\"" +
               html::escape(language.code) + "\" dir=\"" + dir + "\">" + html::escape(language.name) + "</a></li>";
    }
    return out + "</ul>";
}

}  // namespace

TicketPage ticket_page(const CurrentSite* current, const TicketView* view, const std::string& lang, bool lang_given, const std::string& today)
{
    if (!current)
        return {503, route_page_problem(503, "Aucun site n'est encore publié.")};
    if (!view)
        return {404, route_page_problem(404, "Ce ticket n'existe pas (l'adresse est peut-être incomplète).")};
    const content::Site& site = current->site;
    const std::string code = lang_given ? lang : site.default_language;
    const content::Language* language = site.find_language(code);
    if (!language)
        return {400, route_page_problem(400, "Cette langue n'est pas proposée ici.")};
    const Words w{site, code};
    const QueueTicket& ticket = view->ticket;
    const content::Service* service = site.find_service(ticket.service);
    const std::string title = i18n::fill(w.ui("queue.ticket_heading"), {{"ticket", ticket.label}});
    std::string body = "<h1>" + html::escape(title) + "</h1>";
    if (service)
        body += paragraph(w.text(service->name), "where");
    body += state_section(w, *view, today);
    const bool final_state = ticket.day != today || ticket.state == "served" || ticket.state == "absent" || ticket.state == "cancelled";
    if (!final_state)
        body += paragraph(w.ui("queue.page_refreshes"), "hint");
    body += languages(w);
    // A finished ticket's page no longer changes: it stops refreshing.
    const std::string head = final_state ? "" : "<meta http-equiv=\"refresh\" content=\"" + std::to_string(ticket_page_refresh_s) + "\">";
    return {200, visitor_document(code, language->direction == content::TextDirection::RightToLeft, title, body, head)};
}

}  // namespace phare::hub
