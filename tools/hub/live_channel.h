#pragma once
// The live channel's events (docs/hub.md, "Live channel"): new content, queue events, maintainers'
// commands, numbered by one sequence that survives restarts (the storage keeps them). A kiosk asks
// for what came after the last number it handled and is told to resynchronise when the hub can no
// longer replay from there, so an event is never lost and never repeated. It does not hold
// connections: the server parks long-polls and asks here whether one can be answered.

#include "storage.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace phare::hub {

struct LiveEvent {
    std::int64_t seq = 0;
    std::string kiosk;      // empty: every kiosk
    std::string kind;       // "content", "queue", "command"
    std::string data_json;  // an object
};

struct LiveBatch {
    std::vector<LiveEvent> events;
    std::int64_t next = 0;  // the number to ask from next time
    bool resync = false;    // the kiosk must do a full sync, then continue from `next`
};

class LiveChannel {
public:
    // Events a reconnecting kiosk can be replayed; older ones mean a resync.
    static constexpr std::size_t kept_in_memory = 4096;

    explicit LiveChannel(Storage& storage);

    // Called after every new event (the server wakes its held long-polls).
    void set_listener(std::function<void()> listener);
    // Stores the event, then tells the listener. Returns its number.
    std::int64_t publish(const std::string& kiosk, const std::string& kind, const std::string& data_json);
    // What `kiosk` has not seen after `since`.
    LiveBatch after(std::int64_t since, const std::string& kiosk) const;
    std::int64_t latest() const;

private:
    Storage& m_storage;
    mutable std::mutex m_mutex;
    std::deque<LiveEvent> m_recent;
    std::int64_t m_latest = 0;
    std::function<void()> m_listener;
};

// {"events":[{"seq":..,"kind":..,"data":{..}}],"next":..,"resync":..}
std::string live_batch_json(const LiveBatch& batch);

}  // namespace phare::hub
