// The kiosk's calls to the hub's queue (docs/queue.md, "On the kiosk"): the board's snapshot and
// taking a ticket. It only asks and reads, on the calling (network) thread; the network worker
// and the ticket desk decide when.
#pragma once

#include "app/sync/hub_call.h"
#include "core/sync/queue_board.h"
#include "core/ui/input.h"

#include <optional>
#include <string>

namespace phare::app {

struct QueueSnapshotOutcome {
    std::optional<sync::QueueSnapshot> snapshot;
    HubFailure failure = HubFailure::None;
    std::string error;  // one line for the log
};

struct TicketOutcome {
    ui::TicketAnswer answer;             // what the visitor is told
    std::optional<sync::IssuedTicket> issued;  // for the receipt
};

class QueueClient {
public:
    QueueClient(net::HttpClient& http, HubEndpoint hub);
    // GET /api/v1/kiosks/{id}/queue. A 404 means the hub or the site has no queue.
    QueueSnapshotOutcome fetch_snapshot();
    // POST /api/v1/kiosks/{id}/tickets; `request` (a UUID) makes a retried POST the same ticket.
    TicketOutcome take_ticket(const std::string& service, const std::string& priority, const std::string& request);

private:
    net::HttpClient& m_http;
    HubEndpoint m_hub;
};

}  // namespace phare::app
