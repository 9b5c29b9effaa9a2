#pragma once
// The kiosk's heartbeat to the hub (docs/hub.md): content version, uptime, what waits in the
// outbox, what was lost or set aside, and the last error, so the fleet page shows a kiosk in
// trouble before a visitor notices. It does not decide when to beat: the network worker does.

#include "app/sync/hub_call.h"

#include <cstdint>
#include <string>

namespace phare::app {

struct HeartbeatReport {
    int content_version = 0;
    std::int64_t uptime_s = 0;
    std::int64_t outbox_backlog = 0;
    std::int64_t outbox_dropped = 0;   // ratings dropped because the outbox was full (since install)
    std::int64_t outbox_rejected = 0;  // ratings set aside as malformed, kept on the kiosk
    std::string last_error;            // empty: none; cut to 1000 bytes on a UTF-8 boundary
};

// {"content_version":3,"uptime_s":3600,"outbox_backlog":0,"outbox_dropped":0,"outbox_rejected":0,"last_error":"..."}
std::string heartbeat_json(const HeartbeatReport& report);

struct HeartbeatResult {
    HubFailure failure = HubFailure::None;
    int manifest_version = 0;  // the hub's current version, when it answered
    std::string error;
    bool ok() const { return failure == HubFailure::None; }
};

class HeartbeatSender {
public:
    HeartbeatSender(net::HttpClient& http, HubEndpoint hub);
    HeartbeatResult send(const HeartbeatReport& report);

private:
    net::HttpClient& m_http;
    HubEndpoint m_hub;
};

}  // namespace phare::app
