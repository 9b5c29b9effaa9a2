#pragma once
// A site's queue counters (queue.json, docs/site-format.md): which counter serves which queued
// services, where the visitor stands to be served, and how priority tickets are interleaved.
// An empty setup (no queue.json) means the site has no queue.

#include "core/content/localized_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

struct Counter {
    std::string id;                     // [a-z0-9-]+, unique in the site ("guichet-3")
    LocalizedText name;                 // as called out: "Guichet 3"
    std::string node;                   // the map node where the visitor stands to be served
    std::vector<std::string> services;  // the queued services (with a queue_prefix) it serves
};

struct QueueSetup {
    // While normal tickets wait, at most one call in N is a priority one (1 = priority always first).
    int priority_one_call_in = 3;
    std::vector<Counter> counters;

    const Counter* find_counter(std::string_view id) const;
    bool empty() const { return counters.empty(); }
};

}  // namespace phare::content
