#include "queue_site.h"

namespace phare::hub {

std::vector<QueueCounter> queue_counters(const content::Site&)
{
    // Site::queue (queue.json) is read by core; until it is there the site declares no counter.
    return {};
}

const QueueCounter* find_counter(const std::vector<QueueCounter>& counters, std::string_view id)
{
    for (const auto& counter : counters)
        if (counter.id == id)
            return &counter;
    return nullptr;
}

int priority_one_call_in(const content::Site&) { return 3; }

std::vector<const content::Service*> queued_services(const content::Site& site)
{
    std::vector<const content::Service*> services;
    for (const auto& service : site.services)
        if (!service.queue_prefix.empty())
            services.push_back(&service);
    return services;
}

}  // namespace phare::hub
