#pragma once
// The hub's queue: every change (a ticket taken, a call, a counter opened...) checked against the
// published site, stored (queue_storage.h), then told to every kiosk as one `queue` event of the
// live channel. Changes go one at a time under one mutex, so event numbers follow the order in
// which changes were stored, and a snapshot is exactly the state at the event number it names.
//
// Refusals carry an HTTP status and a French sentence; routes turn them into pages or JSON.

#include "core/bundle/site_status.h"
#include "clock.h"
#include "core/content/site.h"
#include "live_channel.h"
#include "queue_board.h"
#include "queue_storage.h"

#include <tl/expected.hpp>

#include <mutex>
#include <string>
#include <vector>

namespace phare::hub {

struct QueueRefusal {
    int status = 409;
    std::string message;  // French, for agents and visitors alike
};

template <typename T>
using QueueResult = tl::expected<T, QueueRefusal>;

struct IssuedTicket {
    QueueTicket ticket;
    int ahead = 0;
    QueueEstimate estimate;
    bool repeated = false;  // the same request again: nothing new was made
};

// A ticket as the agent and phone pages show it, with its place.
struct TicketView {
    QueueTicket ticket;
    int ahead = 0;
    QueueEstimate estimate;
};

class QueueDesk {
public:
    QueueDesk(Storage& storage, LiveChannel& live, Clock clock);

    std::string today() const;

    // `request.service`, `priority`, `source`, `request`, `kiosk` and optionally `number` are the
    // caller's; day, prefix, token and time are filled here. `require_open_counter`: kiosks may only
    // hand out tickets a counter is open to serve.
    QueueResult<IssuedTicket> issue(const content::Site& site, const bundle::SiteStatus& status, TicketRequest request,
                                    bool require_open_counter);

    QueueResult<CounterState> set_counter(const content::Site& site, const std::string& counter, bool open,
                                          const std::vector<std::string>& services, const std::string& agent);
    QueueResult<TicketChange> call_next(const content::Site& site, const std::string& counter);
    QueueResult<TicketChange> recall(const content::Site& site, const std::string& counter);
    // `state`: "served" or "absent".
    QueueResult<TicketChange> finish(const content::Site& site, const std::string& counter, const std::string& state);
    QueueResult<TicketChange> transfer(const content::Site& site, const std::string& counter, const std::string& service);
    // A queue system's events, about a ticket by its service and number.
    QueueResult<TicketChange> call_ticket(const content::Site& site, const std::string& service, int number, const std::string& counter);
    QueueResult<TicketChange> finish_ticket(const content::Site& site, const std::string& service, int number, const std::string& state);

    std::vector<ServiceBoard> boards(const content::Site& site);
    std::vector<CounterState> counters();
    // {"day":..,"seq":..,"services":[..],"calls":[..]}
    std::string snapshot_json(const content::Site& site);
    std::optional<TicketView> ticket(const content::Site& site, std::string_view token);
    std::optional<TicketView> counter_ticket(const std::string& counter);

private:
    QueueDay read_day(const std::string& day);
    // The day's boards with their estimates.
    std::vector<ServiceBoard> estimated_boards(const content::Site& site, const QueueDay& state);
    std::optional<QueueRefusal> check_counter(const content::Site& site, const std::string& counter);
    QueueResult<TicketChange> announce(const content::Site& site, const std::string& day, TicketChange change);
    void publish_board(const content::Site& site, const std::string& day);

    Storage& m_storage;
    QueueStorage& m_queue;
    LiveChannel& m_live;
    Clock m_clock;
    std::mutex m_mutex;
};

}  // namespace phare::hub
