// The agents' status.json as a kiosk reads it from a bundle (bundle::parse_status), checked against
// the test site (validate_status) and asked what it means at a few moments (status_now). An accepted
// status must survive its round trip through to_json, which is how the hub writes it.

#include "fuzz_support.h"

#include "core/bundle/site_status.h"
#include "core/bundle/status_now.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    const auto parsed = bundle::parse_status(fuzz::text(data, size));
    fuzz::require(parsed.status.has_value() == parsed.problems.empty(), "a status is given if and only if there is no problem");
    if (!parsed.status)
        return 0;
    const bundle::SiteStatus& status = *parsed.status;
    const std::string written = bundle::to_json(status);
    const auto again = bundle::parse_status(written);
    fuzz::require(again.status.has_value(), "a status the kiosk accepted parses again once written");
    fuzz::require(bundle::to_json(*again.status) == written, "a written status is written the same");

    content::Problems problems;
    bundle::validate_status(status, fuzz::tiny_site(), problems);

    for (const char* moment : {"2026-11-26T08:30", "2026-11-26T23:59", "2027-01-01T00:00"}) {
        (void)bundle::notices_now(status, moment);
        for (const auto& [service, ignored] : status.services)
            (void)bundle::service_status_now(status, service, moment);
        // Walking from change to change must move forward, and end.
        std::string now = moment;
        for (int step = 0; step < 64; ++step) {
            auto next = bundle::next_status_change(status, now);
            if (!next)
                break;
            fuzz::require(*next > now, "the next status change comes after now");
            now = *next;
        }
    }
    return 0;
}
