#pragma once
// Slow-loris connections: each sends the start of a request, then one more header byte every few
// seconds, and never finishes. A hub with a header deadline cuts them; they come straight back, as
// an attacker's would. They are spread over their own loopback addresses (127.1.0.X), as a botnet.

#include "fleet_context.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <memory>
#include <vector>

namespace phare::fleet {

class SlowClient {
public:
    SlowClient(FleetContext& fleet, boost::asio::ip::address_v4 source);
    SlowClient(const SlowClient&) = delete;
    SlowClient& operator=(const SlowClient&) = delete;

    void start(SteadyClock::time_point at);
    void stop();
    bool open() const { return m_open; }

private:
    void connect();
    void drip();
    void watch();
    void cut();

    FleetContext& m_fleet;
    boost::asio::ip::address_v4 m_source;
    boost::asio::ip::tcp::socket m_socket;
    boost::asio::steady_timer m_timer;
    std::string m_head;
    std::size_t m_sent = 0;
    std::array<char, 512> m_sink{};
    SteadyClock::time_point m_opened_at;
    bool m_open = false;
    bool m_stopped = false;
};

}  // namespace phare::fleet
