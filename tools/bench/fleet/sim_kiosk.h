#pragma once
// One simulated kiosk, as the real one behaves on the network: a single keep-alive connection;
// a manifest poll with If-None-Match every poll interval, a heartbeat every minute, a batch of 1-3
// ratings every few minutes, and between those the live channel held open as a long poll
// (GET /api/v1/kiosks/ID/events?since=SEQ&wait=W, W = seconds until the next due call). A content
// event (or a changed manifest) makes it fetch the manifest and the blobs that changed.

#include "fleet_context.h"
#include "http_client.h"

#include <boost/asio/steady_timer.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace phare::fleet {

class SimKiosk {
public:
    SimKiosk(FleetContext& fleet, std::size_t index, std::string id, std::string token, boost::asio::ip::address_v4 source,
             std::shared_ptr<const ManifestInfo> manifest);
    SimKiosk(const SimKiosk&) = delete;
    SimKiosk& operator=(const SimKiosk&) = delete;

    void start(SteadyClock::time_point at);
    void stop();
    bool connected() { return m_client.connected(); }
    std::size_t connections_opened() const { return m_client.connections_opened(); }
    // The kind and age of the call under way, if any (for the end-of-run account).
    std::optional<std::pair<std::string, double>> in_flight() const;

private:
    void next();
    void poll(CallKind kind);
    void fetch_blob();
    void heartbeat();
    void feedback();
    void listen(int wait_s);
    void on_manifest(CallKind kind, Outcome&& outcome);
    void on_events(Outcome&& outcome, int wait_s);
    void record(CallKind kind, const Outcome& outcome, bool ok);
    Request authorized(http::verb verb, const std::string& target) const;
    SteadyClock::time_point next_due() const;
    void wait_until(SteadyClock::time_point at);

    FleetContext& m_fleet;
    std::size_t m_index;
    std::string m_id;
    std::string m_token;
    HttpClient m_client;
    boost::asio::steady_timer m_timer;
    std::shared_ptr<const ManifestInfo> m_manifest;
    std::deque<std::string> m_blobs_to_fetch;
    SteadyClock::time_point m_started;
    SteadyClock::time_point m_next_poll;
    SteadyClock::time_point m_next_heartbeat;
    SteadyClock::time_point m_next_feedback;
    std::optional<SteadyClock::time_point> m_sync_at;
    SteadyClock::time_point m_live_paused_until;
    std::int64_t m_since = 0;
    int m_early_answers = 0;  // consecutive empty answers long before the wait: back off
    std::string m_call;       // what is under way, for in_flight()
    SteadyClock::time_point m_call_started;
};

}  // namespace phare::fleet
