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
    // Beyond the wait, the time the hub and the network may take to answer: a long-poll that ends by
    // timeout on the kiosk's side would turn every quiet period into an error. It is also how long
    // a connection that stalls (a proxy that swallows the answer) holds the worker past the wait.
    static constexpr std::chrono::milliseconds default_answer_margin{15'000};

    LiveChannel(net::HttpClient& http, HubEndpoint hub, std::chrono::milliseconds answer_margin = default_answer_margin);
    // Blocks up to `wait` (clamped to the protocol's 0..30 s) plus the answer margin. `interrupt`
    // ends the wait early (Kind::Interrupted).
    LiveOutcome wait_for_events(std::int64_t since, std::chrono::seconds wait, const std::atomic<bool>* interrupt);

private:
    net::HttpClient& m_http;
    HubEndpoint m_hub;
    std::chrono::milliseconds m_answer_margin;
};

}  // namespace phare::app
