#pragma once
// A busy queue board for a site, as the hub would send it: every queued service with a ticket
// served, people waiting, an estimate and its counters open, and the last call at the first
// counter. For screen tests and screenshots.

#include "core/content/site.h"
#include "core/sync/queue_board.h"
#include "core/ui/queue_text.h"

#include <algorithm>

namespace phare::test {

inline sync::QueueSnapshot busy_snapshot(const content::Site& site, std::int64_t seq = 100)
{
    sync::QueueSnapshot snapshot;
    snapshot.day = "2026-12-01";
    snapshot.seq = seq;
    int n = 0;
    for (const content::Service* service : ui::queued_services(site)) {
        sync::ServiceBoard board;
        board.service = service->id;
        board.serving = service->queue_prefix + " 04" + std::to_string(n % 10);
        board.waiting = 12 + n;
        board.estimate_known = n % 3 != 2;
        board.low_minutes = 20 + n;
        board.high_minutes = 35 + n;
        for (const content::Counter& counter : site.queue.counters)
            if (std::find(counter.services.begin(), counter.services.end(), service->id) != counter.services.end())
                board.counters_open.push_back(counter.id);
        if (n == 1)
            board.counters_open.clear();
        snapshot.services.push_back(board);
        ++n;
    }
    if (!site.queue.counters.empty() && !snapshot.services.empty())
        snapshot.calls.push_back({snapshot.services.front().serving, snapshot.services.front().service, site.queue.counters.front().id,
                                  "2026-12-01T10:42:05", false, 0});
    return snapshot;
}

inline sync::QueueBoard busy_board(const content::Site& site, std::int64_t now_ms = 0)
{
    return sync::apply_snapshot({}, busy_snapshot(site), now_ms);
}

}  // namespace phare::test
