#pragma once
// Turns what an agent submitted in a form into status changes. It does not validate beyond reading
// the fields: every save goes through the publisher, which checks status.json exactly as a kiosk
// would, so there is one set of rules.

#include "core/bundle/site_status.h"
#include "core/content/site.h"

#include <map>
#include <string>
#include <vector>

namespace phare::hub {

// Same shape as http::Params, without including the server's types here.
using FormFields = std::multimap<std::string, std::string>;

std::string form_value(const FormFields& fields, const std::string& name);

// "09:00-12:00, 14:00-16:00" or one range per line -> ["09:00-12:00", "14:00-16:00"].
std::vector<std::string> split_hours(const std::string& text);

// Fields: state, date, hours, moved_to, message_<lang> for each language of the site.
bundle::ServiceStatus service_status_from_form(const FormFields& fields, const content::Site& site);
// Fields: level, starts, ends, text_<lang>.
bundle::Notice notice_from_form(const FormFields& fields, const content::Site& site, std::string id);

// Refuses invisible control characters (text_check.h) in every field an agent filled in: one
// French sentence per field, naming it by its label, so the form can be shown again with the reason.
// Messages, notice texts and hours may hold several lines; every other field holds one.
std::vector<std::string> form_text_problems(const FormFields& fields, const content::Site& site);

// The status with `service` set (or removed when open: open is the default).
bundle::SiteStatus with_service(bundle::SiteStatus status, const std::string& service, const bundle::ServiceStatus& change);

// Audit log lines, in French for the agents who read them.
std::string describe_service_change(const std::string& service, const bundle::ServiceStatus& change);
std::string describe_state(bundle::ServiceState state);

}  // namespace phare::hub
