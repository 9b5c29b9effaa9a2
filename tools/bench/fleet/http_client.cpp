#include "http_client.h"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24
#endif

namespace phare::fleet {

namespace asio = boost::asio;
namespace beast = boost::beast;
using boost::system::error_code;

namespace {

constexpr std::uint64_t max_response_bytes = 64u << 20;

bool is_closed_by_peer(const error_code& ec)
{
    return ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset ||
           ec == asio::error::broken_pipe;
}

}  // namespace

HttpClient::HttpClient(asio::io_context& io, asio::ip::tcp::endpoint hub, asio::ip::address_v4 source)
    : m_io(io), m_hub(std::move(hub)), m_source(source)
{
}

void HttpClient::send(Request request, std::chrono::milliseconds timeout, Handler handler)
{
    m_request = std::move(request);
    m_request.set(http::field::host, m_hub.address().to_string() + ":" + std::to_string(m_hub.port()));
    m_request.set(http::field::user_agent, "phare-fleet-sim");
    m_request.keep_alive(true);
    m_request.prepare_payload();
    m_handler = std::move(handler);
    m_busy = true;
    m_retried = false;
    m_new_connection = false;
    m_started = SteadyClock::now();
    m_deadline = m_started + timeout;
    if (reusable()) {
        m_reused = true;
        write();
    } else {
        close();
        connect();
    }
}

void HttpClient::close()
{
    if (m_stream) {
        error_code ignored;
        m_stream->socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
        m_stream->socket().close(ignored);
    }
    m_stream.reset();
    m_buffer.clear();
}

// What libcurl checks before reusing a connection: the hub may have closed it while it was idle
// (a keep-alive timeout), which shows as end-of-file waiting to be read.
bool HttpClient::reusable()
{
    if (!m_stream || !m_stream->socket().is_open())
        return false;
    char byte = 0;
    const auto n = ::recv(m_stream->socket().native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n < 0 && errno == EAGAIN;  // EWOULDBLOCK is the same number on Linux
}

void HttpClient::connect()
{
    m_reused = false;
    m_new_connection = true;
    m_stream.emplace(m_io);
    auto& socket = m_stream->socket();
    error_code ec;
    socket.open(asio::ip::tcp::v4(), ec);
    if (!ec) {
        // Without this the kernel picks the port at bind() time, blind to the destination, and a
        // few thousand connections per address exhaust the range.
        int on = 1;
        ::setsockopt(socket.native_handle(), IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &on, sizeof on);
        socket.set_option(asio::ip::tcp::no_delay(true), ec);
        socket.bind(asio::ip::tcp::endpoint(m_source, 0), ec);
    }
    if (ec)
        return fail("connect", ec);
    ++m_connections_opened;
    m_stream->expires_at(m_deadline);
    m_stream->async_connect(m_hub, [this](const error_code& error) {
        if (error)
            return fail("connect", error);
        write();
    });
}

void HttpClient::write()
{
    m_stream->expires_at(m_deadline);
    http::async_write(*m_stream, m_request, [this](const error_code& ec, std::size_t) {
        if (ec)
            return fail("write", ec);
        read();
    });
}

void HttpClient::read()
{
    m_parser.emplace();
    m_parser->body_limit(max_response_bytes);
    m_stream->expires_at(m_deadline);
    http::async_read(*m_stream, m_buffer, *m_parser, [this](const error_code& ec, std::size_t) {
        if (ec)
            return fail("read", ec);
        if (!m_parser->keep_alive())
            close();
        finish({}, false);
    });
}

void HttpClient::fail(const char* step, const error_code& ec)
{
    const bool nothing_received = !m_parser || !m_parser->got_some();
    // A keep-alive connection the hub closed just as the request left: libcurl sends it again
    // once on a new connection, and so does a kiosk.
    if (m_reused && !m_retried && nothing_received && is_closed_by_peer(ec) && SteadyClock::now() < m_deadline) {
        m_retried = true;
        close();
        m_parser.reset();
        return connect();
    }
    close();
    const bool timed_out = ec == beast::error::timeout;
    finish(timed_out ? std::string("timeout") : std::string(step) + ": " + ec.message(), timed_out);
}

void HttpClient::finish(std::string error, bool timed_out)
{
    Outcome outcome;
    outcome.error = std::move(error);
    outcome.timed_out = timed_out;
    if (outcome.error.empty() && m_parser)
        outcome.response = m_parser->release();
    outcome.ms = std::chrono::duration<double, std::milli>(SteadyClock::now() - m_started).count();
    outcome.new_connection = m_new_connection;
    outcome.retried = m_retried;
    m_parser.reset();
    m_busy = false;
    // The handler may send the next request at once, which replaces m_handler: move it out first.
    Handler handler = std::move(m_handler);
    m_handler = nullptr;
    handler(std::move(outcome));
}

}  // namespace phare::fleet
