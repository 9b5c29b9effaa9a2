#include "agent_http.h"

#include "platform/crypto/crypto.h"

namespace phare::hub {

std::string cookie_value(const std::string& header, const std::string& name)
{
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find(';', start);
        std::string item = header.substr(start, end == std::string::npos ? std::string::npos : end - start);
        auto first = item.find_first_not_of(' ');
        if (first != std::string::npos && item.compare(first, name.size() + 1, name + "=") == 0)
            return item.substr(first + name.size() + 1);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return {};
}

// Secure: production runs behind TLS; browsers also accept it on http://localhost for development.
std::string cookie(const std::string& name, const std::string& value, const std::string& path, std::int64_t max_age)
{
    return name + "=" + value + "; Path=" + path + "; Max-Age=" + std::to_string(max_age) + "; HttpOnly; Secure; SameSite=Strict";
}

void send_page(http::Response& res, int status, const std::string& page)
{
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    res.set_content(page, "text/html; charset=utf-8");
}

void redirect(http::Response& res, const std::string& to)
{
    res.status = 303;
    res.set_header("Location", to);
}

std::optional<Visit> require_session(HubContext& context, const http::Request& req, http::Response& res)
{
    auto session = context.auth->session(cookie_value(req.get_header_value("Cookie"), session_cookie));
    auto current = context.publisher->current();
    if (!session) {
        redirect(res, "/login");
        return std::nullopt;
    }
    if (!current) {
        send_page(res, 503, pages::message("Aucun site publié", "Le hub n'a encore publié aucun site.", "/agent"));
        return std::nullopt;
    }
    return Visit{*session, *current};
}

bool csrf_ok(const Session& session, const http::Request& req, http::Response& res)
{
    if (crypto::equal_in_constant_time(req.form_value("csrf"), session.csrf))
        return true;
    send_page(res, 403, pages::message("Formulaire expiré", "Ce formulaire a expiré. Rechargez la page et recommencez.", "/agent"));
    return false;
}

namespace {

Role role_of(HubContext& context, const Session& session)
{
    auto user = context.storage->find_user(session.user);
    return user ? user->role : Role::Agent;
}

}  // namespace

pages::Viewer viewer_of(HubContext& context, const Session& session)
{
    return {session.user, session.csrf, local_date(context.clock()), role_of(context, session) == Role::Admin};
}

bool permitted(HubContext& context, const Session& session, Permission permission, http::Response& res)
{
    const Role role = role_of(context, session);
    if (allowed(role, permission))
        return true;
    send_page(res, 403, pages::message("Action réservée", refusal_message_fr(role, permission), "/agent"));
    return false;
}

}  // namespace phare::hub
