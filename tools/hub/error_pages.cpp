#include "error_pages.h"

#include "agent_http.h"
#include "agent_pages.h"
#include "http_util.h"
#include "route_page.h"

namespace phare::hub {

namespace {

bool is_api(const std::string& path) { return path.rfind("/api/", 0) == 0; }
bool is_route_page(const std::string& path) { return path.rfind("/r/", 0) == 0; }

std::string api_sentence(int status)
{
    switch (status) {
    case 400: return "malformed request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "the request body is too large";
    case 431: return "the request headers are too large";
    case 503: return "the hub is busy; retry in a few seconds";
    case 500: return "internal error; the hub's log says why";
    default: return "request refused (HTTP " + std::to_string(status) + ")";
    }
}

struct AgentMessage {
    const char* title;
    const char* text;
};

// Agents typed something before most of these: say it is still there (the browser's Back button
// keeps a form's fields) and what to do next.
AgentMessage agent_message(int status)
{
    switch (status) {
    case 404: return {"Page introuvable", "Cette adresse n'existe pas sur le hub. Revenez à l'accueil des agents."};
    case 405: return {"Action impossible", "Cette page ne s'utilise pas ainsi. Revenez à l'accueil des agents."};
    case 413:
        return {"Texte trop long",
                "Ce que vous avez saisi dépasse la taille permise. Utilisez le bouton Précédent de votre navigateur : "
                "votre saisie y est encore. Raccourcissez-la, puis enregistrez à nouveau."};
    case 431:
    case 400: return {"Demande illisible", "Le hub n'a pas pu lire cette demande. Utilisez le bouton Précédent de votre navigateur et recommencez."};
    case 503:
        return {"Le hub est très occupé",
                "Réessayez dans quelques secondes. Utilisez le bouton Précédent de votre navigateur : votre saisie y est encore."};
    default:
        return {"Le hub n'a pas pu terminer",
                "Rien n'a été modifié. Utilisez le bouton Précédent de votre navigateur : votre saisie y est encore. "
                "Si cela se répète, prévenez le responsable technique (le journal du hub dit pourquoi)."};
    }
}

}  // namespace

void answer_refusal(const http::Request& request, int status, http::Response& response)
{
    if (status == 503)
        response.set_header("Retry-After", "2");
    if (is_api(request.path) || request.path.empty())
        return send_error(response, status, api_sentence(status));
    if (is_route_page(request.path)) {
        response.status = status;
        response.set_header("Cache-Control", "no-store");
        response.set_content(route_page_problem(status, agent_message(status).title), "text/html; charset=utf-8");
        return;
    }
    const AgentMessage message = agent_message(status);
    send_page(response, status, pages::message(message.title, message.text, "/agent"));
}

}  // namespace phare::hub
