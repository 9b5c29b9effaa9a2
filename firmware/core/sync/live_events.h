#pragma once
// The hub's live channel as the kiosk reads it (docs/sync.md, "The live channel"): one answer of
// GET /api/v1/kiosks/{id}/events?since=SEQ&wait=S parsed into a typed batch, or a sentence that
// says what is wrong with it. Pure: the worker decides what to do with the batch.
//
// Sequence rules checked here, so that an event is never handled twice nor skipped: without
// "resync", every event comes after `since`, events are in strictly increasing order, and `next`
// is neither before `since` nor before the last event. With "resync" the hub says it cannot replay
// from `since` (its log was reset, or `since` is too old): seqs may then be lower than `since`.

#include "core/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::sync {

enum class LiveEventKind {
    Content,  // a new bundle is published: sync now
    Queue,    // the queue board changed or a ticket was called: `data` for sync/queue_board
    Command,  // a maintainer's command (a later feature): advance past it
    Unknown,  // a kind this kiosk does not know: advance past it
};

struct LiveEvent {
    std::int64_t seq = 0;
    LiveEventKind kind = LiveEventKind::Unknown;
    std::string kind_name;                 // as sent, for logs
    std::optional<int> content_version;    // "content" events: data.version, when given
    std::string data;                      // "queue" events: the data object as JSON text
};

struct LiveBatch {
    std::vector<LiveEvent> events;
    std::int64_t next = 0;  // the `since` of the next request
    bool resync = false;    // the hub cannot replay from `since`: do a full content sync

    // A full content sync is due: a "content" event or a resync.
    bool content_due() const;
};

// `since` is the value the request carried. The error's `where` is the place in the answer
// ("live events:/events/1/seq", message "7 is not after the previous event's 9"), or "live events"
// when the answer as a whole is wrong.
Result<LiveBatch> parse_live_events(std::string_view body, std::int64_t since);

// "/api/v1/kiosks/hall/events?since=12&wait=25"; `wait_s` is clamped to 0..30 (the protocol's range).
std::string live_events_path(const std::string& kiosk_id, std::int64_t since, int wait_s);

inline constexpr int live_max_wait_s = 30;
inline constexpr int live_default_wait_s = 25;

}  // namespace phare::sync
