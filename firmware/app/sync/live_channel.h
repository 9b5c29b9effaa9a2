#pragma once
// The kiosk's end of the hub's live channel (docs/sync.md, "The live channel"): one long-poll,
// GET /api/v1/kiosks/{id}/events?since=SEQ&wait=S, on the same HttpClient (and so the same
// keep-alive connection) as the kiosk's other calls. It only asks and reads; the network worker
// decides when to ask, what `since` is and what an event makes due.

#include "app/sync/hub_call.h"
#include "core/sync/live_events.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace phare::app {

struct LiveOutcome {
    enum class Kind {
        Events,       // a valid answer (possibly no events): `batch`
        Interrupted,  // the worker interrupted the wait for more urgent work: not a failure
        Failed,       // no usable answer: `failure`, `error`
    };
    Kind kind = Kind::Failed;
    sync::LiveBatch batch;
    HubFailure failure = HubFailure::None;
    std::string error;       // one line for logs and the maintenance screen
    long retry_after_s = -1;  // the hub's Retry-After (429, 503), -1 when absent
};

class LiveChannel {
public:
    LiveChannel(net::HttpClient& http, HubEndpoint hub);
    // Blocks up to `wait` (clamped to the protocol's 0..30 s) plus the network's time. `interrupt`
    // ends the wait early (Kind::Interrupted).
    LiveOutcome wait_for_events(std::int64_t since, std::chrono::seconds wait, const std::atomic<bool>* interrupt);

private:
    net::HttpClient& m_http;
    HubEndpoint m_hub;
};

}  // namespace phare::app
