#pragma once
// The hub's HTTP/1.1 server: one I/O thread on Boost.Asio and Boost.Beast (docs/hub.md says why),
// so thousands of idle keep-alive and long-poll connections cost memory, not threads. Every read
// has a deadline, every body a limit enforced before it is buffered (chunked bodies included), and
// connections are capped in total and per address. Handlers run on work lanes, never on the I/O
// thread. It knows nothing of kiosks or agents: routes and error pages are given to it.

#include "client_address.h"
#include "core/error.h"
#include "http_router.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace phare::hub::http {

struct ServerLimits {
    // Clamped to what the process may open (RLIMIT_NOFILE), less a margin for files and SQLite.
    std::size_t max_connections = 60000;
    // One address with more open connections is refused; trusted proxies are exempt. Kiosks behind
    // one NAT share an address, hence a generous number.
    std::size_t max_connections_per_address = 1000;
    // Keep-alive: how long a connection may stay silent between requests. Kiosks call every 15 s
    // or hold the live channel, and a long-poll answer comes within 30 s.
    std::chrono::milliseconds idle_timeout{std::chrono::seconds(65)};
    // From a request's first byte to the end of its headers, and for the whole body: a client that
    // sends a byte every few seconds is cut off however it paces them.
    std::chrono::milliseconds header_timeout{std::chrono::seconds(10)};
    std::chrono::milliseconds body_timeout{std::chrono::seconds(30)};
    std::chrono::milliseconds write_timeout{std::chrono::seconds(30)};
    // On stop(): how long requests already being handled may take to finish.
    std::chrono::milliseconds stop_grace{std::chrono::seconds(3)};
    std::uint32_t header_limit = 16 * 1024;
    std::size_t quick_threads = 4;
    std::size_t quick_queue = 20000;
    std::size_t slow_threads = 1;
    std::size_t slow_queue = 64;
};

// Fills the answer to a request the server refuses itself (404, 405, 413, 431, 503...). The request
// may be partly known (no body, or only its path).
using ErrorPage = std::function<void(const Request& request, int status, Response& response)>;

struct ServerStats {
    std::size_t connections = 0;
    std::size_t held = 0;
};

class Server {
public:
    Server(const Router& router, TrustedProxies proxies, ServerLimits limits, ErrorPage error_page);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds and listens with the system's largest backlog; port 0 picks a free port. Returns the port;
    // an error's `where` is the address ("127.0.0.1:8080").
    Result<int> bind(const std::string& host, int port);
    // Serves on the calling thread until stop() has drained the connections.
    void run();
    // From any thread: stops accepting, closes idle and held connections, lets requests being
    // handled finish within the grace period, then makes run() return.
    void stop();
    bool is_running() const;
    // From any thread: asks every held request (long-poll) whether it can be answered now.
    void wake_held();
    ServerStats stats() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::hub::http
