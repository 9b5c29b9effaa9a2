#include "support/hostile_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <random>
#include <stdexcept>
#include <string_view>

namespace phare::test {

namespace {

constexpr int slice_ms = 20;  // every wait wakes this often to see whether the proxy is stopping
constexpr std::size_t max_head_bytes = 64 * 1024;

enum class Wait { Ready, Closed, Stopping };

// Waits until `fd` has something to read (data or its end), or the proxy stops.
Wait wait_readable(int fd, const std::atomic<bool>& stopping)
{
    while (!stopping) {
        pollfd ready{fd, POLLIN, 0};
        const int n = ::poll(&ready, 1, slice_ms);
        if (n > 0)
            return (ready.revents & (POLLIN | POLLHUP | POLLERR)) ? Wait::Ready : Wait::Closed;
        if (n < 0 && errno != EINTR)
            return Wait::Closed;
    }
    return Wait::Stopping;
}

// Whether the peer has closed its side (or reset): a read would return 0 or fail. Does not consume.
bool peer_closed(int fd)
{
    pollfd ready{fd, POLLIN, 0};
    if (::poll(&ready, 1, 0) <= 0)
        return false;
    char byte;
    const ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

// Appends what arrives to `buffer`; false at the end of the stream, an error or a stop.
bool read_more(int fd, std::string& buffer, const std::atomic<bool>& stopping)
{
    if (wait_readable(fd, stopping) != Wait::Ready)
        return false;
    char chunk[16 * 1024];
    const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0)
        return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
    return true;
}

bool send_all(int fd, std::string_view bytes, const std::atomic<bool>& stopping)
{
    while (!bytes.empty() && !stopping) {
        const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            bytes.remove_prefix(static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        pollfd ready{fd, POLLOUT, 0};
        ::poll(&ready, 1, slice_ms);
    }
    return bytes.empty();
}

void close_with_reset(int fd)
{
    linger hard{1, 0};  // close() then sends RST and drops whatever is unsent
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
}

void close_orderly(int fd)
{
    ::shutdown(fd, SHUT_WR);
    ::close(fd);
}

bool sleep_unless_stopping(std::chrono::milliseconds duration, const std::atomic<bool>& stopping)
{
    const auto until = std::chrono::steady_clock::now() + duration;
    while (!stopping && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(std::chrono::milliseconds(slice_ms),
                                                                                  until - std::chrono::steady_clock::now()));
    return !stopping;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The value of a header in a message head ("" when absent), by case-insensitive name.
std::string header_value(std::string_view head, std::string_view name)
{
    const std::string wanted = lower(name) + ":";
    std::size_t line = head.find("\r\n");
    while (line != std::string_view::npos && line + 2 < head.size()) {
        const std::size_t start = line + 2;
        const std::size_t end = head.find("\r\n", start);
        const std::string_view text = head.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (lower(text.substr(0, wanted.size())) == wanted) {
            std::string_view value = text.substr(wanted.size());
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
                value.remove_suffix(1);
            return std::string(value);
        }
        line = end;
    }
    return {};
}

std::optional<std::size_t> content_length(std::string_view head)
{
    const std::string value = header_value(head, "Content-Length");
    if (value.empty())
        return std::nullopt;
    std::size_t length = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
    if (error != std::errc() || end != value.data() + value.size())
        return std::nullopt;
    return length;
}

// Reads a message head from `fd` into `head`, leaving what follows it in `buffer`.
bool read_head(int fd, std::string& buffer, std::string& head, const std::atomic<bool>& stopping)
{
    std::size_t end;
    while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (buffer.size() > max_head_bytes || !read_more(fd, buffer, stopping))
            return false;
    }
    head = buffer.substr(0, end + 4);
    buffer.erase(0, end + 4);
    return true;
}

bool read_exactly(int fd, std::string& buffer, std::size_t length, std::string& out, const std::atomic<bool>& stopping)
{
    while (buffer.size() < length)
        if (!read_more(fd, buffer, stopping))
            return false;
    out = buffer.substr(0, length);
    buffer.erase(0, length);
    return true;
}

// A chunked body, framing included, up to the end of its trailer.
bool read_chunked(int fd, std::string& buffer, std::string& out, const std::atomic<bool>& stopping)
{
    std::size_t at = 0;
    for (;;) {
        std::size_t line_end;
        while ((line_end = buffer.find("\r\n", at)) == std::string::npos)
            if (!read_more(fd, buffer, stopping))
                return false;
        std::size_t size = 0;
        const auto [end, error] = std::from_chars(buffer.data() + at, buffer.data() + line_end, size, 16);
        if (error != std::errc())
            return false;
        if (size == 0) {
            // The trailer ends with an empty line.
            std::size_t trailer_end;
            while ((trailer_end = buffer.find("\r\n\r\n", line_end)) == std::string::npos)
                if (!read_more(fd, buffer, stopping))
                    return false;
            out = buffer.substr(0, trailer_end + 4);
            buffer.erase(0, trailer_end + 4);
            return true;
        }
        const std::size_t next = line_end + 2 + size + 2;
        while (buffer.size() < next)
            if (!read_more(fd, buffer, stopping))
                return false;
        at = next;
    }
}

int connect_loopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

struct Answer {
    std::string head;
    std::string body;  // as framed on the wire (chunked framing included)
    int status = 0;
    bool closes = false;  // "Connection: close" or a body that ends with the connection
};

// Sends the request to a new connection to the hub and reads its whole answer. The kiosk's
// connection is watched meanwhile: a kiosk that gives up (a long-poll it interrupts) ends the wait.
std::optional<Answer> ask_hub(int upstream_port, const std::string& request, int client, const std::atomic<bool>& stopping)
{
    const int hub = connect_loopback(upstream_port);
    if (hub < 0)
        return std::nullopt;
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{hub};
    if (!send_all(hub, request, stopping))
        return std::nullopt;
    // Wait for the first byte of the answer, or the kiosk leaving.
    for (;;) {
        if (stopping)
            return std::nullopt;
        pollfd ready[2] = {{hub, POLLIN, 0}, {client, POLLIN, 0}};
        if (::poll(ready, 2, slice_ms) < 0 && errno != EINTR)
            return std::nullopt;
        if (ready[0].revents)
            break;
        if (ready[1].revents && peer_closed(client))
            return std::nullopt;
    }
    std::string buffer;
    Answer answer;
    if (!read_head(hub, buffer, answer.head, stopping))
        return std::nullopt;
    // "HTTP/1.1 200 OK"
    const std::size_t space = answer.head.find(' ');
    if (space == std::string::npos)
        return std::nullopt;
    std::from_chars(answer.head.data() + space + 1, answer.head.data() + answer.head.size(), answer.status);
    answer.closes = lower(header_value(answer.head, "Connection")) == "close";
    const bool no_body = answer.status == 204 || answer.status == 304 || answer.status < 200;
    if (no_body)
        return answer;
    if (lower(header_value(answer.head, "Transfer-Encoding")).find("chunked") != std::string::npos) {
        if (!read_chunked(hub, buffer, answer.body, stopping))
            return std::nullopt;
        return answer;
    }
    if (auto length = content_length(answer.head)) {
        if (!read_exactly(hub, buffer, *length, answer.body, stopping))
            return std::nullopt;
        return answer;
    }
    // Delimited by the end of the connection.
    while (read_more(hub, buffer, stopping)) {
    }
    if (stopping)
        return std::nullopt;
    answer.body = std::move(buffer);
    answer.closes = true;
    return answer;
}

std::size_t part(double fraction, std::size_t size)
{
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    return std::min(size, static_cast<std::size_t>(clamped * static_cast<double>(size)));
}

}  // namespace

const char* to_string(Fault fault)
{
    switch (fault) {
    case Fault::Pass: return "pass";
    case Fault::Delay: return "delay";
    case Fault::Stall: return "stall";
    case Fault::Truncate: return "truncate";
    case Fault::Reset: return "reset";
    case Fault::Corrupt: return "corrupt";
    case Fault::Drop: return "drop";
    }
    return "fault";
}

HostileProxy::HostileProxy(int upstream_port) : m_upstream_port(upstream_port)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listen, 64) != 0 || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (m_listen >= 0)
            ::close(m_listen);
        throw std::runtime_error("hostile proxy: cannot listen on 127.0.0.1");
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { accept_loop(); });
}

HostileProxy::~HostileProxy()
{
    m_stopping = true;
    m_acceptor.join();
    ::close(m_listen);
    for (std::thread& connection : m_connections)
        connection.join();
}

void HostileProxy::set(FaultPlan plan)
{
    set_chooser([plan](const ProxiedRequest&) { return plan; });
}

void HostileProxy::set_chooser(Chooser chooser)
{
    std::lock_guard lock(m_mutex);
    m_chooser = std::move(chooser);
}

std::size_t HostileProxy::exchanges() const
{
    std::lock_guard lock(m_mutex);
    return m_next_index;
}

std::size_t HostileProxy::stalled_now() const
{
    std::lock_guard lock(m_mutex);
    return m_stalled;
}

std::size_t HostileProxy::open_connections() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

std::map<Fault, std::size_t> HostileProxy::fault_counts() const
{
    std::lock_guard lock(m_mutex);
    std::map<Fault, std::size_t> counts;
    for (const ExchangeRecord& record : m_records)
        ++counts[record.plan.fault];
    return counts;
}

std::vector<ExchangeRecord> HostileProxy::records() const
{
    std::lock_guard lock(m_mutex);
    return m_records;
}

bool HostileProxy::wait_for(const std::function<bool(const HostileProxy&)>& predicate, std::chrono::milliseconds limit) const
{
    // The predicate calls the proxy's own getters, which lock: wait on the condition in slices.
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!predicate(*this)) {
        std::unique_lock lock(m_mutex);
        if (m_changed.wait_until(lock, std::min(deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(slice_ms))) ==
                std::cv_status::timeout &&
            std::chrono::steady_clock::now() >= deadline) {
            lock.unlock();
            return predicate(*this);
        }
    }
    return true;
}

void HostileProxy::changed() const { m_changed.notify_all(); }

void HostileProxy::accept_loop()
{
    while (!m_stopping) {
        pollfd ready{m_listen, POLLIN, 0};
        if (::poll(&ready, 1, slice_ms) <= 0)
            continue;
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0)
            continue;
        {
            std::lock_guard lock(m_mutex);
            ++m_open;
        }
        changed();
        m_connections.emplace_back([this, client] { serve(client); });
    }
}

FaultPlan HostileProxy::choose(const ProxiedRequest& request)
{
    Chooser chooser;
    {
        std::lock_guard lock(m_mutex);
        chooser = m_chooser;
    }
    return chooser ? chooser(request) : FaultPlan{};
}

void HostileProxy::finish(const ExchangeRecord& record)
{
    {
        std::lock_guard lock(m_mutex);
        m_records[record.index] = record;
    }
    changed();
}

void HostileProxy::serve(int client)
{
    // How the kiosk's connection ends: left open for the next request, closed, or reset.
    enum class End { KeepOpen, Close, Reset };
    const int on = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    std::string inbox;
    End end = End::KeepOpen;
    while (end == End::KeepOpen && !m_stopping) {
        std::string head;
        if (!read_head(client, inbox, head, m_stopping)) {
            end = End::Close;  // the kiosk closed its idle connection (or sent garbage)
            break;
        }
        std::string body;
        if (!read_exactly(client, inbox, content_length(head).value_or(0), body, m_stopping)) {
            end = End::Close;
            break;
        }
        ExchangeRecord record;
        const std::size_t first_space = head.find(' ');
        const std::size_t second_space = head.find(' ', first_space + 1);
        record.method = head.substr(0, first_space);
        record.target = head.substr(first_space + 1, second_space - first_space - 1);
        {
            // Indexes follow the arrival of requests; the plan is drawn in that order too.
            std::lock_guard choosing(m_choose_mutex);
            {
                std::lock_guard lock(m_mutex);
                record.index = m_next_index++;
            }
            record.plan = choose({record.index, record.method, record.target});
            // Recorded at once: the kiosk may see the fault's effect before this thread is done with it.
            std::lock_guard lock(m_mutex);
            if (m_records.size() <= record.index)
                m_records.resize(record.index + 1);
            m_records[record.index] = record;
        }
        changed();
        const FaultPlan& plan = record.plan;
        const bool hub_sees_it = !(plan.fault == Fault::Stall && plan.at <= 0) &&
                                 !(plan.fault == Fault::Drop && !plan.request_reaches_hub);

        std::optional<Answer> answer;
        if (hub_sees_it) {
            answer = ask_hub(m_upstream_port, head + body, client, m_stopping);
            if (!answer) {
                // The hub is down or the kiosk left: the kiosk sees its connection reset.
                finish(record);
                end = End::Reset;
                break;
            }
            record.status = answer->status;
            record.body_bytes = answer->body.size();
        }
        std::string wire = answer ? answer->head + answer->body : std::string();
        const std::size_t head_size = answer ? answer->head.size() : 0;
        switch (plan.fault) {
        case Fault::Pass:
        case Fault::Delay:
            if (plan.fault == Fault::Delay && !sleep_unless_stopping(plan.delay, m_stopping))
                break;
            if (!send_all(client, wire, m_stopping))
                end = End::Close;
            record.sent_bytes = wire.size();
            if (answer->closes)
                end = End::Close;
            else if (plan.drop_idle_after)
                end = End::Reset;
            break;
        case Fault::Stall: {
            const std::size_t sent = part(plan.at, wire.size());
            send_all(client, std::string_view(wire).substr(0, sent), m_stopping);
            record.sent_bytes = sent;
            {
                std::lock_guard lock(m_mutex);
                ++m_stalled;
            }
            changed();
            // Silence until the kiosk gives up (its timeout) or the proxy stops.
            while (!m_stopping && wait_readable(client, m_stopping) == Wait::Ready && !peer_closed(client))
                std::this_thread::sleep_for(std::chrono::milliseconds(slice_ms));
            {
                std::lock_guard lock(m_mutex);
                --m_stalled;
            }
            end = End::Close;
            break;
        }
        case Fault::Truncate: {
            // Inside the body; inside the head when there is no body (a 304).
            const std::size_t sent = answer->body.empty() ? part(plan.at, head_size) : head_size + part(plan.at, answer->body.size());
            send_all(client, std::string_view(wire).substr(0, sent), m_stopping);
            record.sent_bytes = sent;
            end = End::Close;
            break;
        }
        case Fault::Reset: {
            const std::size_t sent = part(plan.at, wire.size());
            send_all(client, std::string_view(wire).substr(0, sent), m_stopping);
            record.sent_bytes = sent;
            end = End::Reset;
            break;
        }
        case Fault::Corrupt: {
            std::mt19937_64 random(plan.salt);
            const std::size_t body_size = answer->body.size();
            for (int i = 0; i < plan.flips && body_size > 0; ++i) {
                const std::size_t at = head_size + random() % body_size;
                wire[at] = static_cast<char>(wire[at] ^ static_cast<char>(1 + random() % 255));
            }
            if (!send_all(client, wire, m_stopping))
                end = End::Close;
            record.sent_bytes = wire.size();
            if (answer->closes)
                end = End::Close;
            break;
        }
        case Fault::Drop:
            end = plan.with_reset ? End::Reset : End::Close;
            break;
        }
        finish(record);
    }
    if (end == End::Reset)
        close_with_reset(client);
    else
        close_orderly(client);
    {
        std::lock_guard lock(m_mutex);
        --m_open;
    }
    changed();
}

HostileProxy::Chooser random_faults(std::uint64_t seed, FaultMix mix)
{
    return [seed, mix](const ProxiedRequest& request) {
        // Each request draws from its own generator: what one exchange draws does not shift the next.
        std::mt19937_64 random(seed * 0x9E3779B97F4A7C15ULL + request.index);
        auto unit = [&random] { return std::uniform_real_distribution<double>(0.0, 1.0)(random); };
        const int weights[] = {mix.pass, mix.delay, mix.stall, mix.truncate, mix.reset, mix.corrupt, mix.drop};
        int total = 0;
        for (int weight : weights)
            total += std::max(weight, 0);
        FaultPlan plan;
        int pick = total > 0 ? static_cast<int>(random() % static_cast<std::uint64_t>(total)) : 0;
        int kind = 0;
        for (; kind < 6 && pick >= std::max(weights[kind], 0); ++kind)
            pick -= std::max(weights[kind], 0);
        plan.fault = total > 0 ? static_cast<Fault>(kind) : Fault::Pass;
        plan.delay = std::chrono::milliseconds(static_cast<long>(unit() * static_cast<double>(mix.max_delay.count())));
        plan.at = unit();
        if (plan.fault == Fault::Stall && unit() < 0.5)
            plan.at = 0;  // half the stalls say nothing at all
        plan.flips = 1 + static_cast<int>(random() % 4);
        plan.request_reaches_hub = unit() < 0.5;
        plan.with_reset = unit() < 0.5;
        plan.drop_idle_after = static_cast<int>(random() % 100) < mix.drop_idle_percent;
        plan.salt = random();
        return plan;
    };
}

}  // namespace phare::test
