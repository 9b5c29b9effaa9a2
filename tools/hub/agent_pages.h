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
};

std::string login(const std::string& csrf, const std::string& error);
std::string overview(const Viewer& viewer, const CurrentSite& current, const std::vector<AuditEntry>& audit,
                     const std::string& flash, const std::vector<std::string>& errors);
std::string service_form(const Viewer& viewer, const CurrentSite& current, const content::Service& service,
                         const bundle::ServiceStatus& shown, const std::vector<std::string>& errors);
std::string message(const std::string& title, const std::string& text, const std::string& link);

}  // namespace phare::hub::pages
