#include "http_server.h"

#include "work_lanes.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <sys/resource.h>

#include <array>
#include <atomic>
#include <limits>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace phare::hub::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

namespace {

// Room left for SQLite, blob files and the log once every connection is open.
constexpr rlim_t reserved_files = 256;
// How long, and how much, a refused request's body is read and thrown away before closing.
constexpr std::chrono::seconds linger_time{2};
constexpr std::size_t linger_bytes = 1024 * 1024;

// Raises the soft open-file limit to the hard one and returns how many connections fit.
std::size_t connections_that_fit(std::size_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const rlim_t room = limit.rlim_cur > reserved_files ? limit.rlim_cur - reserved_files : 1;
    return std::min<std::size_t>(wanted, static_cast<std::size_t>(room));
}

}  // namespace

class Connection;

struct Server::Impl {
    Impl(const Router& router_, TrustedProxies proxies_, ServerLimits limits_, ErrorPage error_page_)
        : router(router_),
          proxies(std::move(proxies_)),
          limits(limits_),
          error_page(std::move(error_page_)),
          acceptor(io),
          accept_pause(io),
          grace(io),
          quick(limits.quick_threads, limits.quick_queue),
          slow(limits.slow_threads, limits.slow_queue)
    {
        limits.max_connections = connections_that_fit(limits.max_connections);
    }

    void accept();
    void on_accept(const error_code& ec, tcp::socket socket);
    void begin_stop();
    void finish_if_drained();
    void wake();

    const Router& router;
    TrustedProxies proxies;
    ServerLimits limits;
    ErrorPage error_page;
    // Only the I/O thread touches these. Declared before io: connections still pending when the
    // io_context is destroyed remove themselves from these sets.
    std::unordered_set<Connection*> connections;
    std::unordered_set<Connection*> held;
    std::unordered_map<std::string, std::size_t> per_address;
    bool stopping = false;
    bool destroying = false;
    asio::io_context io{1};
    tcp::acceptor acceptor;
    asio::steady_timer accept_pause;
    asio::steady_timer grace;
    std::atomic<bool> running{false};
    std::atomic<std::size_t> connection_count{0};
    std::atomic<std::size_t> held_count{0};
    // Declared last: destroyed first, so no handler runs once the rest is gone.
    WorkLane quick;
    WorkLane slow;
};

// One client connection, from accept to close. Lives in shared_ptrs held by its pending
// operations; every member is touched on the I/O thread only, except the request and response
// that travel to a work lane and back by value.
class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(Server::Impl& server, tcp::socket socket, std::string peer, bool trusted)
        : m_server(server), m_stream(std::move(socket)), m_timer(server.io), m_peer(std::move(peer)), m_trusted(trusted)
    {
        m_server.connections.insert(this);
        ++m_server.connection_count;
        if (!m_trusted)
            ++m_server.per_address[m_peer];
    }

    ~Connection()
    {
        m_server.connections.erase(this);
        m_server.held.erase(this);
        --m_server.connection_count;
        if (!m_trusted) {
            auto it = m_server.per_address.find(m_peer);
            if (it != m_server.per_address.end() && --it->second == 0)
                m_server.per_address.erase(it);
        }
        m_server.finish_if_drained();
    }

    void start() { wait_for_request(); }

    // stop(): idle and held connections close now; busy ones after their answer.
    void on_stop()
    {
        if (m_phase == Phase::Idle)
            close();
        else if (m_phase == Phase::Holding)
            answer_hold(m_hold->timed_out());
        else
            m_close_after = true;
    }

    // wake_held(): a held request may be answerable now.
    void on_wake()
    {
        if (m_phase != Phase::Holding)
            return;
        if (auto response = m_hold->ready())
            answer_hold(std::move(*response));
    }

private:
    enum class Phase { Idle, Reading, Handling, Holding, Writing, Closed };

    void wait_for_request()
    {
        if (m_server.stopping || m_close_after)
            return close();
        m_phase = Phase::Idle;
        m_parser.reset();
        if (m_buffer.size() > 0)
            return read_header();
        // An idle connection keeps no buffer: a zero-byte wait costs the socket and a timer only.
        m_buffer.shrink_to_fit();
        m_timer.expires_after(m_server.limits.idle_timeout);
        m_timer.async_wait([self = shared_from_this()](const error_code& ec) {
            if (!ec && self->m_phase == Phase::Idle)
                self->close();
        });
        m_stream.socket().async_wait(tcp::socket::wait_read, [self = shared_from_this()](const error_code& ec) {
            self->m_timer.cancel();
            if (ec || self->m_phase != Phase::Idle)
                return self->close();
            self->read_header();
        });
    }

    void read_header()
    {
        m_phase = Phase::Reading;
        m_parser.emplace();
        m_parser->header_limit(m_server.limits.header_limit);
        // The route's limit is applied once the headers say which route; see on_header(). (Not
        // boost::none: Beast compares a Content-Length against it, and any number exceeds none.)
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        m_stream.expires_after(m_server.limits.header_timeout);
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
                                 [self = shared_from_this()](const error_code& ec, std::size_t) { self->on_header(ec); });
    }

    void on_header(const error_code& ec)
    {
        if (ec)
            return on_read_error(ec);
        auto& head = m_parser->get();
        m_request = std::make_shared<Request>();
        Request& request = *m_request;
        request.method = std::string(head.method_string());
        request.target = std::string(head.target());
        auto target = decode_target(request.target);
        request.peer_addr = m_peer;
        for (const auto& field : head)
            request.headers.emplace(std::string(field.name_string()), std::string(field.value()));
        request.remote_addr = m_trusted ? m_server.proxies.client_of(m_peer, joined_forwarded_for(request)) : m_peer;
        if (!target)
            return refuse(400);
        request.path = std::move(target->path);
        request.query = std::move(target->query);
        bool path_known = false;
        m_route = m_server.router.match(request.method, request.path, request.matches, path_known);
        if (!m_route)
            return refuse(path_known ? 405 : 404);
        const auto length = m_parser->content_length();
        if (length && *length > m_route->options.body_limit)
            return refuse(413);
        m_parser->body_limit(m_route->options.body_limit);
        if (m_parser->is_done())
            return dispatch();
        if (beast::iequals(head[bhttp::field::expect], "100-continue"))
            return send_continue();
        read_body();
    }

    static std::string joined_forwarded_for(const Request& request)
    {
        std::string joined;
        auto [first, last] = request.headers.equal_range("X-Forwarded-For");
        for (auto it = first; it != last; ++it)
            joined += (joined.empty() ? "" : ",") + it->second;
        return joined;
    }

    // curl and others wait up to a second for this before they send a body.
    void send_continue()
    {
        auto interim = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
        m_stream.expires_after(m_server.limits.write_timeout);
        bhttp::async_write(m_stream, *interim, [self = shared_from_this(), interim](const error_code& ec, std::size_t) {
            if (ec)
                return self->close();
            self->read_body();
        });
    }

    void read_body()
    {
        m_stream.expires_after(m_server.limits.body_timeout);
        bhttp::async_read(m_stream, m_buffer, *m_parser, [self = shared_from_this()](const error_code& ec, std::size_t) {
            if (ec)
                return self->on_read_error(ec);
            self->dispatch();
        });
    }

    void on_read_error(const error_code& ec)
    {
        if (ec == bhttp::error::header_limit)
            return refuse(431);
        if (ec == bhttp::error::body_limit)
            return refuse(413);
        if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() && ec != bhttp::error::end_of_stream &&
            ec != bhttp::error::partial_message)
            return refuse(400);
        close();
    }

    // The server answers by itself and closes: the rest of the request is not read.
    void refuse(int status)
    {
        m_close_after = true;
        m_linger = m_parser && !m_parser->is_done();
        if (!m_request) {
            m_request = std::make_shared<Request>();
            m_request->remote_addr = m_peer;
        }
        Response response;
        response.status = status;
        m_server.error_page(*m_request, status, response);
        write(std::move(response));
    }

    void dispatch()
    {
        m_phase = Phase::Handling;
        m_stream.expires_never();
        Request& request = *m_request;
        request.body = std::move(m_parser->get().body());
        const std::string type = request.get_header_value("Content-Type");
        if (type.rfind("application/x-www-form-urlencoded", 0) == 0) {
            auto form = parse_urlencoded(request.body);
            if (!form)
                return refuse(400);
            request.form = std::move(*form);
        }
        request.params = request.query;
        request.params.insert(request.form.begin(), request.form.end());
        WorkLane& lane = m_route->options.lane == Lane::Slow ? m_server.slow : m_server.quick;
        // The task hands its reference to the connection back to the I/O thread rather than drop
        // it here: a connection must only ever be destroyed on the I/O thread.
        auto task = [self = shared_from_this(), request = m_request, route = m_route]() mutable {
            Response response;
            try {
                route->handler(*request, response);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "phare-hub: %s %s failed: %s\n", request->method.c_str(), request->path.c_str(), e.what());
                response = Response{};
                response.status = 500;
                self->m_server.error_page(*request, 500, response);
            }
            auto& io = self->m_server.io;
            asio::post(io, [self = std::move(self), response = std::move(response)]() mutable { self->on_handled(std::move(response)); });
        };
        if (!lane.try_post(std::move(task)))
            refuse(503);
    }

    void on_handled(Response response)
    {
        if (!response.hold)
            return write(std::move(response));
        m_hold = response.hold;
        if (m_server.stopping)
            return write(m_hold->timed_out());
        // An event may have come between the handler's look and now.
        if (auto ready = m_hold->ready())
            return write(std::move(*ready));
        m_phase = Phase::Holding;
        m_server.held.insert(this);
        ++m_server.held_count;
        m_timer.expires_after(m_hold->wait);
        m_timer.async_wait([self = shared_from_this()](const error_code& ec) {
            if (!ec && self->m_phase == Phase::Holding)
                self->answer_hold(self->m_hold->timed_out());
        });
        // A client that gives up while held is noticed at once rather than at the timeout.
        m_stream.socket().async_wait(tcp::socket::wait_read, [self = shared_from_this()](const error_code& ec) {
            if (!ec && self->m_phase == Phase::Holding && self->m_stream.socket().available() == 0)
                self->close();
        });
    }

    void answer_hold(Response response)
    {
        m_server.held.erase(this);
        --m_server.held_count;
        m_timer.cancel();
        error_code ignored;
        m_stream.socket().cancel(ignored);
        write(std::move(response));
    }

    void write(Response response)
    {
        m_phase = Phase::Writing;
        const bool head = m_request && m_request->method == "HEAD";
        const unsigned version = m_parser ? m_parser->get().version() : 11;
        const bool keep_alive = m_parser && m_parser->is_header_done() && m_parser->get().keep_alive() && !m_close_after &&
                                !m_server.stopping;
        m_close_after = !keep_alive;
        auto out = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(response.status), version);
        for (const auto& [name, value] : response.headers)
            out->insert(name, value);
        out->body() = std::move(response.body);
        out->keep_alive(keep_alive);
        if (response.status != 304 && response.status != 204)
            out->prepare_payload();
        if (head)
            out->body().clear();
        m_stream.expires_after(m_server.limits.write_timeout);
        bhttp::async_write(m_stream, *out, [self = shared_from_this(), out](const error_code& ec, std::size_t) {
            if (ec)
                return self->close();
            if (self->m_linger)
                return self->linger();
            self->m_request.reset();
            self->m_hold.reset();
            self->wait_for_request();
        });
    }

    // After refusing a request whose body is still coming: closing at once with unread bytes makes
    // the kernel send a reset, which can destroy the answer before the client reads it. So stop
    // sending, read and discard a bounded amount for a short while, then close.
    void linger()
    {
        m_phase = Phase::Writing;
        error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_stream.expires_after(linger_time);
        drain();
    }

    void drain()
    {
        auto scratch = std::make_shared<std::array<char, 16 * 1024>>();
        m_stream.async_read_some(asio::buffer(*scratch), [self = shared_from_this(), scratch](const error_code& ec, std::size_t n) {
            self->m_drained += n;
            if (ec || self->m_drained > linger_bytes)
                return self->close();
            self->drain();
        });
    }

    void close()
    {
        if (m_phase == Phase::Closed)
            return;
        if (m_phase == Phase::Holding) {
            m_server.held.erase(this);
            --m_server.held_count;
        }
        m_phase = Phase::Closed;
        m_timer.cancel();
        error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_stream.close();
    }

    Server::Impl& m_server;
    beast::tcp_stream m_stream;
    asio::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::shared_ptr<Request> m_request;
    const Route* m_route = nullptr;
    std::shared_ptr<Hold> m_hold;
    std::string m_peer;
    bool m_trusted;
    bool m_close_after = false;
    bool m_linger = false;
    std::size_t m_drained = 0;
    Phase m_phase = Phase::Idle;
};

void Server::Impl::accept()
{
    acceptor.async_accept(io, [this](const error_code& ec, tcp::socket socket) { on_accept(ec, std::move(socket)); });
}

void Server::Impl::on_accept(const error_code& ec, tcp::socket socket)
{
    if (stopping || ec == asio::error::operation_aborted)
        return;
    if (ec) {
        // Out of file descriptors or similar: wait a moment rather than spin.
        accept_pause.expires_after(std::chrono::milliseconds(50));
        accept_pause.async_wait([this](const error_code& wait) {
            if (!wait)
                accept();
        });
        return;
    }
    error_code peer_error;
    const auto endpoint = socket.remote_endpoint(peer_error);
    std::string peer = peer_error ? std::string() : canonical_address(endpoint.address().to_string());
    const bool trusted = proxies.contains(peer);
    const bool full = connections.size() >= limits.max_connections;
    auto it = per_address.find(peer);
    const bool crowded = !trusted && it != per_address.end() && it->second >= limits.max_connections_per_address;
    if (full || crowded || peer.empty()) {
        error_code ignored;
        socket.close(ignored);
    } else {
        socket.set_option(tcp::no_delay(true), peer_error);
        std::make_shared<Connection>(*this, std::move(socket), std::move(peer), trusted)->start();
    }
    accept();
}

void Server::Impl::begin_stop()
{
    if (stopping)
        return;
    stopping = true;
    error_code ignored;
    acceptor.close(ignored);
    accept_pause.cancel();
    // Copied: a connection may close, and leave the set, while being told.
    std::vector<std::weak_ptr<Connection>> open;
    for (Connection* connection : connections)
        open.push_back(connection->weak_from_this());
    for (auto& weak : open)
        if (auto connection = weak.lock())
            connection->on_stop();
    grace.expires_after(limits.stop_grace);
    grace.async_wait([this](const error_code& ec) {
        if (!ec)
            io.stop();
    });
    finish_if_drained();
}

void Server::Impl::finish_if_drained()
{
    if (!destroying && stopping && connections.empty()) {
        grace.cancel();
        io.stop();
    }
}

void Server::Impl::wake()
{
    std::vector<std::weak_ptr<Connection>> waiting;
    for (Connection* connection : held)
        waiting.push_back(connection->weak_from_this());
    for (auto& weak : waiting)
        if (auto connection = weak.lock())
            connection->on_wake();
}

Server::Server(const Router& router, TrustedProxies proxies, ServerLimits limits, ErrorPage error_page)
    : m_impl(std::make_unique<Impl>(router, std::move(proxies), limits, std::move(error_page)))
{
}

Server::~Server()
{
    m_impl->quick.stop();
    m_impl->slow.stop();
    m_impl->destroying = true;
}

Result<int> Server::bind(const std::string& host, int port)
{
    error_code ec;
    auto address = asio::ip::make_address(host == "localhost" ? "127.0.0.1" : host, ec);
    if (ec)
        return fail(host, "cannot listen here: not an IP address");
    tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
    auto& acceptor = m_impl->acceptor;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    // The kernel caps the backlog at net.core.somaxconn; a burst of kiosks then waits in the queue
    // instead of retrying SYNs for seconds.
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(host + ":" + std::to_string(port), "cannot listen: " + ec.message());
    return acceptor.local_endpoint().port();
}

void Server::run()
{
    m_impl->running = true;
    m_impl->accept();
    m_impl->io.run();
    m_impl->running = false;
}

void Server::stop()
{
    asio::post(m_impl->io, [impl = m_impl.get()] { impl->begin_stop(); });
}

bool Server::is_running() const { return m_impl->running; }

void Server::wake_held()
{
    asio::post(m_impl->io, [impl = m_impl.get()] { impl->wake(); });
}

ServerStats Server::stats() const { return {m_impl->connection_count.load(), m_impl->held_count.load()}; }

}  // namespace phare::hub::http
