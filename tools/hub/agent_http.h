#pragma once
// What every agent page handler needs: cookies, the session check (redirecting to /login), the CSRF
// check, and sending a page with the security headers.

#include "agent_pages.h"
#include "hub_context.h"

#include "http_message.h"

#include <optional>
#include <string>

namespace phare::hub {

inline constexpr const char* session_cookie = "phare_session";
inline constexpr const char* login_cookie = "phare_login_csrf";
inline constexpr std::size_t audit_lines = 20;

std::string cookie_value(const std::string& header, const std::string& name);
std::string cookie(const std::string& name, const std::string& value, const std::string& path, std::int64_t max_age);
void send_page(http::Response& res, int status, const std::string& page);
void redirect(http::Response& res, const std::string& to);

struct Visit {
    Session session;
    CurrentSite current;
};

// The agent's session and the published site, or nullopt after redirecting to the login page.
std::optional<Visit> require_session(HubContext& context, const http::Request& req, http::Response& res);
// False (after answering 403) when the form's csrf field is not the session's token.
bool csrf_ok(const Session& session, const http::Request& req, http::Response& res);
pages::Viewer viewer_of(HubContext& context, const Session& session);

}  // namespace phare::hub
