// An agent's form as the hub reads it (application/x-www-form-urlencoded): decoded by
// http::parse_urlencoded, checked by form_text_problems, turned into a service's status and a
// notice (agent_forms.h), then written into status.json and read back as the kiosk would, which is
// what the publisher does before it signs. A form whose texts pass the check must give a
// status.json that can be written.

#include "fuzz_support.h"

#include "agent_forms.h"
#include "core/bundle/site_status.h"
#include "http_message.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    const auto fields = hub::http::parse_urlencoded(fuzz::text(data, size));
    if (!fields)
        return 0;
    const content::Site& site = fuzz::tiny_site();
    (void)hub::split_hours(hub::form_value(*fields, "hours"));
    if (!hub::form_text_problems(*fields, site).empty())
        return 0;
    const std::string& service = site.services.front().id;
    const auto change = hub::service_status_from_form(*fields, site);
    (void)hub::describe_service_change(service, change);
    bundle::SiteStatus status = hub::with_service({}, service, change);
    status.notices.push_back(hub::notice_from_form(*fields, site, "n-0001"));
    const auto parsed = bundle::parse_status(bundle::to_json(status));
    if (parsed.status) {
        content::Problems problems;
        bundle::validate_status(*parsed.status, site, problems);
    }
    return 0;
}
