#pragma once
// A hostile network for tests: a TCP proxy on 127.0.0.1 between a kiosk and its hub that does to
// each HTTP exchange what the test says — pass it, delay it, stall it, cut it, reset it, flip bytes
// of the answer's body, lose the request or the answer — and, from a seed, picks such faults at
// random so that a run replays. Plain POSIX sockets: an accepting thread and one thread per kiosk
// connection; every connection to the hub is new and carries one exchange.
//
// It understands just enough HTTP/1.1 to find exchanges on a kept-alive connection: a request's
// head and Content-Length body, an answer's head and its Content-Length, chunked or close-delimited
// body. Faults touch only what the hub answers (TCP's checksums catch a damaged request; what a
// kiosk must survive is what a broken middlebox or a cut link makes of the answer).

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace phare::test {

enum class Fault {
    Pass,      // as is
    Delay,     // the answer waits `delay` before its first byte (latency)
    Stall,     // `at` of the answer (0: nothing, and the hub never sees the request), then silence
    Truncate,  // the head and `at` of the body, then an orderly close (FIN)
    Reset,     // `at` of the answer, then a reset (RST: SO_LINGER 0)
    Corrupt,   // the whole answer, `flips` bytes of its body changed
    Drop,      // the connection closes (FIN or RST) before the hub gets the request, or after it answered
};
const char* to_string(Fault fault);

// What happens to one exchange. Positions are fractions, resolved against the answer's real size.
struct FaultPlan {
    Fault fault = Fault::Pass;
    std::chrono::milliseconds delay{0};  // Delay
    double at = 0;                       // Stall, Truncate, Reset: how much of the answer gets through, 0..1
    int flips = 1;                       // Corrupt: bytes changed (each XORed with a non-zero byte)
    bool request_reaches_hub = false;    // Drop: false, the hub never sees it; true, its answer is lost
    bool with_reset = false;             // Drop: RST rather than FIN
    bool drop_idle_after = false;        // after a passed exchange, reset the idle connection (a NAT forgetting it)
    std::uint64_t salt = 0;              // Corrupt: which bytes and how
};

// The request as the proxy saw it, for choosing a fault.
struct ProxiedRequest {
    std::size_t index = 0;  // 0, 1, 2... over the proxy's life, in the order requests arrived
    std::string method;
    std::string target;  // "/api/v1/sites/x/manifest"
};

// Recorded when the request arrives (with its plan), completed when the exchange ends.
struct ExchangeRecord {
    std::size_t index = 0;
    std::string method;
    std::string target;
    FaultPlan plan;
    int status = 0;              // the hub's answer, 0 when it did not get the request or did not answer
    std::size_t body_bytes = 0;  // the hub's body (before any fault)
    std::size_t sent_bytes = 0;  // what reached the kiosk
};

class HostileProxy {
public:
    using Chooser = std::function<FaultPlan(const ProxiedRequest&)>;

    // Listens on a free port of 127.0.0.1 and forwards to 127.0.0.1:upstream_port. Passes everything
    // until told otherwise.
    explicit HostileProxy(int upstream_port);
    ~HostileProxy();
    HostileProxy(const HostileProxy&) = delete;
    HostileProxy& operator=(const HostileProxy&) = delete;

    int port() const { return m_port; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

    // Every later exchange gets this plan (pass(): Fault::Pass).
    void set(FaultPlan plan);
    void pass() { set(FaultPlan{}); }
    // Every later exchange gets what `chooser` says; called on the connection's thread, one call at a time.
    void set_chooser(Chooser chooser);

    std::size_t exchanges() const;           // requests seen so far (each has its record from then on)
    std::size_t stalled_now() const;         // connections held in a stall right now
    std::size_t open_connections() const;    // kiosk connections open right now
    std::map<Fault, std::size_t> fault_counts() const;
    std::vector<ExchangeRecord> records() const;
    // Blocks until `predicate(proxy)` holds or `limit` passes (a test waiting for a stall to start).
    bool wait_for(const std::function<bool(const HostileProxy&)>& predicate, std::chrono::milliseconds limit) const;

private:
    void accept_loop();
    void serve(int client);
    FaultPlan choose(const ProxiedRequest& request);
    void finish(const ExchangeRecord& record);
    void changed() const;

    int m_listen = -1;
    int m_port = 0;
    int m_upstream_port = 0;
    std::atomic<bool> m_stopping{false};
    std::mutex m_choose_mutex;  // one chooser call at a time, in the order of the indexes
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    Chooser m_chooser;
    std::size_t m_next_index = 0;
    std::size_t m_stalled = 0;
    std::size_t m_open = 0;
    std::vector<ExchangeRecord> m_records;
    std::thread m_acceptor;
    std::vector<std::thread> m_connections;  // joined when the proxy goes
};

// A seeded mix of faults for a randomised run: each exchange draws its fault with these weights
// (out of their sum), and its delay, cut point, flips and close kind, from `seed` and the order of
// the requests alone, so the same seed gives the same faults to the same sequence of requests.
struct FaultMix {
    int pass = 40, delay = 10, stall = 5, truncate = 10, reset = 10, corrupt = 15, drop = 10;
    int drop_idle_percent = 10;  // of passed and delayed exchanges, whose idle connection is then reset
    std::chrono::milliseconds max_delay{300};
};
HostileProxy::Chooser random_faults(std::uint64_t seed, FaultMix mix = {});

}  // namespace phare::test
