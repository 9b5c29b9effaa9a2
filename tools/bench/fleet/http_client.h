#pragma once
// One simulated HTTP/1.1 client on Boost.Beast: a single keep-alive connection to the hub, bound to
// its own loopback source address, reused as libcurl reuses it, with a deadline per exchange.
// Everything runs on the simulator's one io_context thread.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace phare::fleet {

namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;
using SteadyClock = std::chrono::steady_clock;

struct Outcome {
    std::string error;       // empty when a response came back
    bool timed_out = false;  // the exchange's deadline passed (the connection is dropped)
    Response response;
    double ms = 0;           // from send() to the last byte of the response, reconnection included
    bool new_connection = false;
    bool retried = false;  // the reused connection had been closed by the hub; sent again on a new one
};

class HttpClient {
public:
    using Handler = std::function<void(Outcome&&)>;

    HttpClient(boost::asio::io_context& io, boost::asio::ip::tcp::endpoint hub, boost::asio::ip::address_v4 source);
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // One exchange at a time; `handler` runs on the io_context. Host, keep-alive and Content-Length
    // are set here.
    void send(Request request, std::chrono::milliseconds timeout, Handler handler);
    bool busy() const { return m_busy; }
    // Open and not closed by the hub (checked as libcurl checks before reusing it).
    bool connected() { return m_busy ? m_stream.has_value() : reusable(); }
    void close();
    std::size_t connections_opened() const { return m_connections_opened; }

private:
    bool reusable();
    void connect();
    void write();
    void read();
    void finish(std::string error, bool timed_out);
    void fail(const char* step, const boost::system::error_code& ec);

    boost::asio::io_context& m_io;
    boost::asio::ip::tcp::endpoint m_hub;
    boost::asio::ip::address_v4 m_source;
    std::optional<boost::beast::tcp_stream> m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<http::response_parser<http::string_body>> m_parser;
    Request m_request;
    Handler m_handler;
    SteadyClock::time_point m_started;
    SteadyClock::time_point m_deadline;
    bool m_busy = false;
    bool m_reused = false;
    bool m_retried = false;
    bool m_new_connection = false;
    std::size_t m_connections_opened = 0;
};

}  // namespace phare::fleet
