#pragma once
// What the hub reads of a site's queue setup (queue.json, Site::queue): its counters and the
// priority rule, plus the services that are queued (those with a queue_prefix). One place, so
// that the rest of the hub's queue code does not depend on how the site spells it.

#include "core/content/site.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::hub {

struct QueueCounter {
    std::string id;
    content::LocalizedText name;
    std::string node;                   // where the visitor stands at this counter
    std::vector<std::string> services;  // the services it may serve
};

std::vector<QueueCounter> queue_counters(const content::Site& site);
const QueueCounter* find_counter(const std::vector<QueueCounter>& counters, std::string_view id);
// While normal tickets wait, at most one call in N is a priority one (N = 1: priority first).
int priority_one_call_in(const content::Site& site);
// Services with a queue_prefix, in the site's order.
std::vector<const content::Service*> queued_services(const content::Site& site);

}  // namespace phare::hub
