#pragma once
// The queue board as a kiosk knows it (docs/queue.md, "On the kiosk"): per queued service the
// ticket served, how many wait, the estimate and the counters open, plus the last calls. Read from
// the hub's snapshot (GET /api/v1/kiosks/{id}/queue) and from the live channel's "queue" events,
// and reduced here, purely, so that each call is announced exactly once and in sequence order:
// an event at or before what the board already holds (a replay, or anything a resync's snapshot
// covers) changes nothing and announces nothing.

#include "core/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::sync {

struct ServiceBoard {
    std::string service;
    std::string serving;  // the last ticket called today, "" when none
    int waiting = 0;
    bool estimate_known = false;
    int low_minutes = 0;
    int high_minutes = 0;
    std::vector<std::string> counters_open;
    bool operator==(const ServiceBoard&) const = default;
};

struct QueueCall {
    std::string ticket;   // "A 042"
    std::string service;
    std::string counter;  // counter id
    std::string at;       // "2026-12-01T10:42:05"
    bool recall = false;
    std::int64_t seq = 0;  // the live channel sequence it came with (0: from a snapshot)
    bool operator==(const QueueCall&) const = default;
};

struct QueueSnapshot {
    std::string day;
    std::int64_t seq = 0;
    std::vector<ServiceBoard> services;
    std::vector<QueueCall> calls;  // oldest first
};

struct QueueEvent {
    std::optional<QueueCall> call;  // "call" events; "board" events have none
    std::vector<ServiceBoard> services;
};

// An error's `where` names the field ("queue snapshot:/services/2/waiting", message "must be a
// whole number, 0 or more"), or the answer alone ("queue snapshot") when it is not a JSON object.
Result<QueueSnapshot> parse_queue_snapshot(std::string_view body);
// `data` is the event's "data" object as JSON text; errors are about "queue event".
Result<QueueEvent> parse_queue_event(std::string_view data);

// The hub's 201 answer to POST /api/v1/kiosks/{id}/tickets.
struct IssuedTicket {
    std::string ticket;  // "A 043"
    std::string service;
    int number = 0;
    std::string priority;
    int ahead = 0;
    bool estimate_known = false;
    int low_minutes = 0;
    int high_minutes = 0;
    std::string status_url;
    std::string issued_at;  // "2026-12-01T10:43:00", local time
};
// Errors are about "ticket" ("ticket:/number").
Result<IssuedTicket> parse_issued_ticket(std::string_view body);
// The request's body; `request` is the kiosk's id for it, so a retry never makes two tickets.
std::string ticket_request_body(std::string_view service, std::string_view priority, std::string_view request);

// What the kiosk shows. Times are on the kiosk's monotonic clock (ms).
struct QueueBoard {
    bool has_data = false;
    std::vector<ServiceBoard> services;
    std::optional<QueueCall> last_call;  // the banner: stays until the next call
    std::int64_t seq = 0;                // every event up to here is on the board
    std::int64_t confirmed_ms = -1;      // when the hub last confirmed the board (answer or event)
    bool reachable = false;              // the hub answered the last time the kiosk asked
    bool operator==(const QueueBoard&) const = default;

    const ServiceBoard* find(std::string_view service) const;
};

// Older than this without news from the hub, the board is not shown as live.
inline constexpr std::int64_t queue_stale_after_ms = 120'000;

// A snapshot replaces the board and announces nothing (a resync never repeats old calls).
QueueBoard apply_snapshot(QueueBoard board, const QueueSnapshot& snapshot, std::int64_t now_ms);

struct QueueApplied {
    QueueBoard board;
    std::optional<QueueCall> announce;  // a new call to announce, exactly once
};
// A live "queue" event with its sequence number. Ignored when `seq` is not after the board's.
QueueApplied apply_event(QueueBoard board, std::int64_t seq, const QueueEvent& event, std::int64_t now_ms);

// The hub answered (a long-poll with nothing new, or a snapshot fetch) or could not be reached.
QueueBoard confirm(QueueBoard board, bool reachable, std::int64_t now_ms);

// True when the numbers may be shown as current.
bool is_live(const QueueBoard& board, std::int64_t now_ms);

}  // namespace phare::sync
