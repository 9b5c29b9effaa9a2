#pragma once
// What the fleet simulator measures: latency and failures per kind of call, the live channel's
// behaviour, how long each content publication took to reach every kiosk, and the hub's memory.

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace phare::fleet {

enum class CallKind { Poll, Heartbeat, Feedback, Sync, Blob };
inline constexpr std::array<CallKind, 5> all_call_kinds{CallKind::Poll, CallKind::Heartbeat, CallKind::Feedback, CallKind::Sync,
                                                       CallKind::Blob};
std::string_view name_of(CallKind kind);

struct Percentiles {
    std::size_t count = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
};
Percentiles percentiles(std::vector<float> values);

struct CallStats {
    std::vector<float> ok_ms;    // calls answered as expected
    std::vector<float> ok_at_s;  // when each of those started, since the run started
    std::size_t timeouts = 0;
    std::size_t retried = 0;          // sent again after the hub closed an idle keep-alive connection
    std::size_t new_connections = 0;  // calls that had to open a connection first
    std::map<std::string, std::size_t> errors;  // reason ("HTTP 503", "timeout", "connect: ...") -> count
    std::size_t failed() const;
};

struct LiveStats {
    std::size_t requests = 0;
    std::size_t with_events = 0;
    std::size_t empty = 0;
    std::size_t unavailable = 0;  // 404: the hub has no live channel (the kiosk falls back on polling)
    std::size_t early_empty = 0;  // empty answers well before the wait asked for
    std::size_t resyncs = 0;
    std::size_t timeouts = 0;
    std::map<std::string, std::size_t> errors;
    std::vector<float> lateness_ms;  // an empty answer's delay beyond the wait the kiosk asked for
};

// One content publication by an agent and its arrival at each kiosk.
struct Delivery {
    double published_at_s = 0;  // when the agent's POST left, since the run started
    double publish_ms = -1;     // the POST's own duration, -1 until answered
    int version = 0;            // the manifest version the hub announced (0 until known)
    std::string error;
    std::vector<float> receipt_ms;       // per kiosk, from published_at; negative: not received
    std::vector<unsigned char> via_live;  // 1: learnt from the live channel, 0: from its poll
};

struct HubSample {
    double at_s = 0;
    long rss_kib = 0;
    long pss_kib = 0;
    long fds = 0;
    long threads = 0;
    double cpu_s = 0;
    std::size_t kiosk_connections = 0;
    std::size_t slow_connections = 0;
    std::string label;  // "before", "connected", "end" or empty for the periodic samples
};

struct SlowStats {
    std::size_t opened = 0;
    std::size_t cut_by_hub = 0;
    std::size_t refused = 0;
    std::vector<float> lifetime_s;  // how long the hub kept each one it cut
};

struct FleetStats {
    std::array<CallStats, all_call_kinds.size()> calls;
    LiveStats live;
    std::vector<Delivery> deliveries;
    std::vector<HubSample> samples;
    SlowStats slow;
    // How late the simulator's own loop runs a 100 ms timer: when high, it is the simulator (not the
    // hub) that adds latency.
    std::vector<float> loop_lag_ms;
    std::size_t ratings_sent = 0;
    std::size_t ratings_accepted = 0;

    CallStats& of(CallKind kind) { return calls[static_cast<std::size_t>(kind)]; }
    const CallStats& of(CallKind kind) const { return calls[static_cast<std::size_t>(kind)]; }
};

}  // namespace phare::fleet
