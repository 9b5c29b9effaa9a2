#pragma once
// The queue as kiosks, phones and agents see it: one board per queued service (the last ticket
// called, how many wait, the estimate, the open counters), people ahead of a ticket, and the wire
// format of docs/queue.md ("Wire formats"). Pure: computed from what queue_storage.h read.

#include "core/content/site.h"
#include "queue_storage.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace phare::hub {

struct QueueEstimate {
    bool known = false;
    int low_minutes = 0;
    int high_minutes = 0;
};

struct ServiceBoard {
    std::string service;
    std::string serving;  // the label last called for this service today; "" if none
    int waiting = 0;
    QueueEstimate estimate;
    std::vector<std::string> counters_open;
};

// What one day's boards are made of.
struct QueueDay {
    std::vector<QueueTicket> tickets;            // every ticket of the day, oldest first
    std::vector<QueueTicket> open;               // waiting or called, oldest first
    std::vector<QueueCall> last_per_service;
    std::vector<CounterState> counters;
};

std::vector<ServiceBoard> make_boards(const content::Site& site, const QueueDay& day);
// Waiting tickets called before this one if nothing changes: for a normal ticket every waiting
// ticket of its service issued earlier, plus the priority ones; for a priority ticket the
// priority tickets issued earlier.
int people_ahead(const std::vector<QueueTicket>& open, const QueueTicket& ticket);

nlohmann::json estimate_json(const QueueEstimate& estimate);  // null when unknown
nlohmann::json board_json(const ServiceBoard& board);
nlohmann::json boards_json(const std::vector<ServiceBoard>& boards);
// {"ticket":"A 042","service":..,"counter":..,"at":"2026-12-01T10:42:05","recall":false}
nlohmann::json call_json(const QueueCall& call);

}  // namespace phare::hub
