// The agents' pages: login, overview, service status and notices. Every POST needs the session's
// CSRF token (the login form uses a double-submit cookie, as there is no session yet); every save
// goes through the publisher, so it is validated, signed, published and written to the audit log.

#include "agent_forms.h"
#include "agent_pages.h"
#include "platform/crypto/crypto.h"
#include "hub_context.h"
#include "http_util.h"
#include "routes.h"
#include "agent_http.h"

#include <cstdio>

namespace phare::hub {

namespace {

std::vector<std::string> sentences(const content::Problems& problems)
{
    std::vector<std::string> lines;
    for (const auto& problem : problems)
        lines.push_back(content::describe(problem));
    return lines;
}

void show_login(HubContext&, const http::Request&, http::Response& res, int status, const std::string& error)
{
    std::string csrf = crypto::random_hex(32);
    res.set_header("Set-Cookie", cookie(login_cookie, csrf, "/login", 3600));
    send_page(res, status, pages::login(csrf, error));
}

void post_login(HubContext& context, const http::Request& req, http::Response& res)
{
    if (!context.login_limit.allow("ip:" + req.remote_addr))
        return show_login(context, req, res, 429, "Trop de tentatives depuis ce poste. Attendez une minute.");
    std::string expected = cookie_value(req.get_header_value("Cookie"), login_cookie);
    if (expected.empty() || !crypto::equal_in_constant_time(req.form_value("csrf"), expected))
        return show_login(context, req, res, 403, "Le formulaire a expiré. Saisissez à nouveau vos identifiants.");
    auto outcome = context.auth->login(req.get_param_value("name"), req.get_param_value("password"), req.remote_addr);
    if (outcome.status == LoginStatus::Locked)
        return show_login(context, req, res, 403, login_wait_message_fr(outcome.locked_until - context.clock()));
    if (outcome.status == LoginStatus::Refused)
        return show_login(context, req, res, 401, "Identifiant ou mot de passe incorrect.");
    res.set_header("Set-Cookie", cookie(session_cookie, outcome.cookie_token, "/", AgentAuth::session_seconds));
    redirect(res, "/agent");
}

void post_logout(HubContext& context, const http::Request& req, http::Response& res)
{
    std::string token = cookie_value(req.get_header_value("Cookie"), session_cookie);
    auto session = context.auth->session(token);
    if (session && !csrf_ok(*session, req, res))
        return;
    if (session)
        context.auth->logout(token);
    res.set_header("Set-Cookie", cookie(session_cookie, "", "/", 0));
    redirect(res, "/login");
}

void get_overview(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit)
        return;
    std::string flash = req.has_param("publie") ? "Enregistré : la version " + req.get_param_value("publie") +
                                                      " est publiée sur les bornes."
                                                : "";
    send_page(res, 200, pages::overview(viewer_of(context, visit->session), visit->current,
                                        context.storage->audit_entries(audit_lines), flash, {}));
}

const content::Service* service_in(const Visit& visit, const http::Request& req, http::Response& res)
{
    const content::Service* service = visit.current.site.find_service(req.matches[1].str());
    if (!service)
        send_page(res, 404, pages::message("Service inconnu", "Ce service n'existe pas sur ce site.", "/agent"));
    return service;
}

void get_service(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    const content::Service* service = visit ? service_in(*visit, req, res) : nullptr;
    if (!service)
        return;
    auto it = visit->current.status.services.find(service->id);
    bundle::ServiceStatus shown = it == visit->current.status.services.end() ? bundle::ServiceStatus{} : it->second;
    send_page(res, 200, pages::service_form(viewer_of(context, visit->session), visit->current, *service, shown, {}));
}

// The hub's disk failing (full, read-only) is told in French, with what the agent typed kept.
const char* storage_failure_fr = "Le hub n'a pas pu enregistrer (son disque est peut-être plein) : rien n'a été publié. "
                                 "Votre saisie est conservée ci-dessous ; réessayez dans un moment ou prévenez le responsable technique.";

PublishOutcome publish_or_explain(HubContext& context, const bundle::SiteStatus& status, const std::string& who, const std::string& what)
{
    try {
        return context.publisher->publish_status(status, who, what);
    } catch (const StorageError& e) {
        std::fprintf(stderr, "phare-hub: publishing failed: %s\n", e.what());
        return {PublishKind::Refused, 0, {{content::Severity::Error, "", "", storage_failure_fr}}};
    }
}

void post_service(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    const content::Service* service = visit ? service_in(*visit, req, res) : nullptr;
    if (!service || !permitted(context, visit->session, Permission::EditServices, res) || !csrf_ok(visit->session, req, res))
        return;
    auto change = service_status_from_form(req.params, visit->current.site);
    std::vector<std::string> errors = form_text_problems(req.params, visit->current.site);
    if (!bundle::service_state_from(req.get_param_value("state")))
        errors.push_back("Choisissez un état : ouvert, fermé ce jour, horaires réduits ou déplacé.");
    PublishOutcome outcome;
    if (errors.empty()) {
        outcome = publish_or_explain(context, with_service(visit->current.status, service->id, change), visit->session.user,
                                     describe_service_change(service->id, change));
        errors = sentences(outcome.problems);
    }
    if (outcome.kind != PublishKind::Published)
        return send_page(res, 422, pages::service_form(viewer_of(context, visit->session), visit->current, *service, change, errors));
    redirect(res, "/agent?publie=" + std::to_string(outcome.version));
}

void publish_notices(HubContext& context, const Visit& visit, const bundle::SiteStatus& status, const std::string& what,
                     http::Response& res, const bundle::Notice& draft = {})
{
    auto outcome = publish_or_explain(context, status, visit.session.user, what);
    if (outcome.kind != PublishKind::Published)
        return send_page(res, 422, pages::overview(viewer_of(context, visit.session), visit.current,
                                                   context.storage->audit_entries(audit_lines), "", sentences(outcome.problems), draft));
    redirect(res, "/agent?publie=" + std::to_string(outcome.version));
}

void post_notice(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit || !permitted(context, visit->session, Permission::EditNotices, res) || !csrf_ok(visit->session, req, res))
        return;
    auto notice = notice_from_form(req.params, visit->current.site, "n-" + crypto::random_hex(4));
    if (auto errors = form_text_problems(req.params, visit->current.site); !errors.empty())
        return send_page(res, 422, pages::overview(viewer_of(context, visit->session), visit->current,
                                                   context.storage->audit_entries(audit_lines), "", errors, notice));
    bundle::SiteStatus status = visit->current.status;
    status.notices.push_back(notice);
    publish_notices(context, *visit, status, "annonce " + std::string(bundle::to_string(notice.level)) + " ajoutée du " +
                                                 notice.starts + " au " + notice.ends, res, notice);
}

void delete_notice(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit || !permitted(context, visit->session, Permission::EditNotices, res) || !csrf_ok(visit->session, req, res))
        return;
    bundle::SiteStatus status = visit->current.status;
    std::string id = req.matches[1].str();
    std::erase_if(status.notices, [&](const bundle::Notice& notice) { return notice.id == id; });
    publish_notices(context, *visit, status, "annonce " + id + " retirée", res);
}

void get_accounts(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit || !permitted(context, visit->session, Permission::ManageUsers, res))
        return;
    const std::string flash = req.has_param("debloque") ? "Le compte « " + req.get_param_value("debloque") + " » est débloqué." : "";
    send_page(res, 200, pages::accounts(viewer_of(context, visit->session), context.storage->users(), flash));
}

void post_unlock(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit || !permitted(context, visit->session, Permission::ManageUsers, res) || !csrf_ok(visit->session, req, res))
        return;
    const std::string name = req.matches[1].str();
    context.auth->unlock(name);
    context.storage->append_audit({context.clock(), visit->session.user, "compte " + name + " débloqué"});
    redirect(res, "/agent/comptes?debloque=" + name);
}

}  // namespace

void add_agent_routes(http::Router& router, HubContext& context)
{
    using Handler = void (*)(HubContext&, const http::Request&, http::Response&);
    // What an agent types in any script: 64 KiB of Arabic is 192 KiB once URL-encoded, per language.
    const http::RouteOptions agent_form{.body_limit = 1024 * 1024};
    auto bind = [&context](Handler handler) {
        return [&context, handler](const http::Request& req, http::Response& res) { handler(context, req, res); };
    };
    router.get("/", [](const http::Request&, http::Response& res) { redirect(res, "/agent"); });
    router.get("/login", [&context](const http::Request& req, http::Response& res) { show_login(context, req, res, 200, ""); });
    // Password hashing (argon2id, 64 MiB, about a third of a second) runs on the slow lane.
    router.post("/login", bind(post_login), {.body_limit = 16 * 1024, .lane = http::Lane::Slow});
    router.post("/logout", bind(post_logout));
    router.get("/agent", bind(get_overview));
    router.get(R"(/agent/services/([a-z0-9-]{1,64}))", bind(get_service));
    router.post(R"(/agent/services/([a-z0-9-]{1,64}))", bind(post_service), agent_form);
    router.post("/agent/notices", bind(post_notice), agent_form);
    router.post(R"(/agent/notices/([a-z0-9-]{1,64})/delete)", bind(delete_notice));
    router.get("/agent/comptes", bind(get_accounts));
    router.post(R"(/agent/comptes/([a-z0-9_.-]{1,64})/debloquer)", bind(post_unlock));
}

}  // namespace phare::hub
