#pragma once
// The agents' pages as HTML strings: login, the overview (services, notices, audit log) and the
// form that changes one service. Rendering only; routes_agent.cpp handles requests.

#include "html.h"
#include "publisher.h"
#include "storage.h"

#include <string>
#include <vector>

namespace phare::hub::pages {

struct Viewer {
    std::string user;
    std::string csrf;
    std::string today;  // "YYYY-MM-DD", the default day for a closure
    bool admin = false;  // shows the link to the accounts page
};

std::string login(const std::string& csrf, const std::string& error);
// `draft`: a refused notice, shown again in the new-notice form.
std::string overview(const Viewer& viewer, const CurrentSite& current, const std::vector<AuditEntry>& audit,
                     const std::string& flash, const std::vector<std::string>& errors, const bundle::Notice& draft = {});
std::string service_form(const Viewer& viewer, const CurrentSite& current, const content::Service& service,
                         const bundle::ServiceStatus& shown, const std::vector<std::string>& errors);
std::string message(const std::string& title, const std::string& text, const std::string& link);
// Admins only: every account with its role, and a button that lifts an account's log-in back-off.
std::string accounts(const Viewer& viewer, const std::vector<User>& users, const std::string& flash);

}  // namespace phare::hub::pages
