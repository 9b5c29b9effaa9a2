#include "slowloris.h"

#include <boost/asio/write.hpp>

#include <netinet/in.h>

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24
#endif

namespace phare::fleet {

namespace asio = boost::asio;
using boost::system::error_code;

SlowClient::SlowClient(FleetContext& fleet, asio::ip::address_v4 source)
    : m_fleet(fleet), m_source(source), m_socket(fleet.io), m_timer(fleet.io)
{
    m_head = "GET /api/v1/sites/" + fleet.site + "/manifest HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: phare-fleet-sim slowloris\r\nX-Slow: ";
}

void SlowClient::start(SteadyClock::time_point at)
{
    m_timer.expires_at(at);
    m_timer.async_wait([this](const error_code& ec) {
        if (!ec)
            connect();
    });
}

void SlowClient::stop()
{
    m_stopped = true;
    m_timer.cancel();
    error_code ignored;
    m_socket.close(ignored);
    m_open = false;
}

void SlowClient::connect()
{
    if (m_stopped || m_fleet.stopping)
        return;
    error_code ec;
    m_socket = asio::ip::tcp::socket(m_fleet.io);
    m_socket.open(asio::ip::tcp::v4(), ec);
    int on = 1;
    if (!ec)
        ::setsockopt(m_socket.native_handle(), IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &on, sizeof on);
    if (!ec)
        m_socket.bind(asio::ip::tcp::endpoint(m_source, 0), ec);
    if (ec) {
        m_fleet.stats.slow.refused += 1;
        return;
    }
    m_socket.async_connect(m_fleet.hub, [this](const error_code& error) {
        if (m_stopped)
            return;
        if (error) {
            m_fleet.stats.slow.refused += 1;
            m_timer.expires_after(std::chrono::seconds(1));
            m_timer.async_wait([this](const error_code& e) {
                if (!e)
                    connect();
            });
            return;
        }
        m_fleet.stats.slow.opened += 1;
        m_open = true;
        m_opened_at = SteadyClock::now();
        m_sent = 0;
        watch();
        drip();
    });
}

// The request line and the first headers at once, as a browser would; then a byte at a time.
void SlowClient::drip()
{
    const std::size_t chunk = m_sent == 0 ? m_head.size() : 1;
    if (m_sent >= m_head.size())
        m_head += 'a';
    auto bytes = std::make_shared<std::string>(m_head.substr(m_sent, chunk));
    m_sent += chunk;
    asio::async_write(m_socket, asio::buffer(*bytes), [this, bytes](const error_code& ec, std::size_t) {
        if (ec || m_stopped)
            return;  // watch() sees the close and counts it
        m_timer.expires_after(std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(m_fleet.options.slowloris_byte_s)));
        m_timer.async_wait([this](const error_code& e) {
            if (!e && m_open)
                drip();
        });
    });
}

// Whatever the hub answers (a 408, or nothing) ends with it closing the connection.
void SlowClient::watch()
{
    m_socket.async_read_some(asio::buffer(m_sink), [this](const error_code& ec, std::size_t) {
        if (m_stopped)
            return;
        if (!ec)
            return watch();
        cut();
    });
}

void SlowClient::cut()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_fleet.stopping) {
        m_fleet.stats.slow.cut_by_hub += 1;
        m_fleet.stats.slow.lifetime_s.push_back(static_cast<float>(std::chrono::duration<double>(SteadyClock::now() - m_opened_at).count()));
    }
    m_timer.cancel();
    error_code ignored;
    m_socket.close(ignored);
    // Straight back, as an attacker would.
    m_timer.expires_after(std::chrono::milliseconds(200));
    m_timer.async_wait([this](const error_code& e) {
        if (!e)
            connect();
    });
}

}  // namespace phare::fleet
