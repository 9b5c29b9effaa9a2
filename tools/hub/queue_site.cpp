#include "queue_site.h"

namespace phare::hub {

std::vector<QueueCounter> queue_counters(const content::Site& site)
{
    std::vector<QueueCounter> counters;
    for (const auto& counter : site.queue.counters)
        counters.push_back({counter.id, counter.name, counter.node, counter.services});
    return counters;
}

const QueueCounter* find_counter(const std::vector<QueueCounter>& counters, std::string_view id)
{
    for (const auto& counter : counters)
        if (counter.id == id)
            return &counter;
    return nullptr;
}

int priority_one_call_in(const content::Site& site) { return site.queue.priority_one_call_in; }

std::vector<const content::Service*> queued_services(const content::Site& site)
{
    std::vector<const content::Service*> services;
    for (const auto& service : site.services)
        if (!service.queue_prefix.empty())
            services.push_back(&service);
    return services;
}

}  // namespace phare::hub
