#pragma once
// What the world tells the kiosk. platform/sdl maps SDL events to these; scripts produce them too.

#include "core/sync/queue_board.h"

#include <cstdint>
#include <string>
#include <variant>

namespace phare::ui {

// Accessibility opens the display and listening choices from the keypad in one press.
// Pause toggles pausing speech. Headset toggles private listening where the hardware
// cannot detect the jack.
// Maintenance (F12 on a keyboard a technician plugs in) shows the kiosk's sync and outbox state.
enum class Key { Up, Down, Left, Right, Enter, Back, Help, VolumeUp, VolumeDown, Accessibility, Pause, Headset, Maintenance };

struct Tap {
    int x = 0;
    int y = 0;
};

// A finger resting or sliding on the screen (touch exploration, R-07): read, never act.
struct Explore {
    int x = 0;
    int y = 0;
};

struct KeyPress {
    Key key = Key::Enter;
};

// Time passes (milliseconds on the kiosk's monotonic clock).
struct Tick {
    std::int64_t now_ms = 0;
};

// The outbox answered a StoreRating: the rating is on disk (or could not be stored).
struct RatingStored {
    bool ok = true;
};

// A headset was plugged into (or pulled out of) the jack, where the hardware can tell.
struct HeadsetChanged {
    bool plugged = false;
};

// The queue, from the network worker (docs/queue.md): a snapshot (at start and on resync), a live
// "queue" event with its sequence number, or whether the hub answers at all.
struct QueueSnapshotIn {
    sync::QueueSnapshot snapshot;
};
struct QueueEventIn {
    std::int64_t seq = 0;
    sync::QueueEvent event;
};
struct QueueReach {
    bool reachable = false;
};

// The hub's answer to a RequestTicket.
struct TicketAnswer {
    bool ok = false;
    bool unreachable = false;  // no answer at all
    std::string error;         // the hub's sentence when refused
    std::string ticket;
    std::string status_url;
    int ahead = 0;
    bool estimate_known = false;
    int low_minutes = 0;
    int high_minutes = 0;
};

using Input = std::variant<Tap, Explore, KeyPress, Tick, RatingStored, HeadsetChanged, QueueSnapshotIn, QueueEventIn, QueueReach, TicketAnswer>;

}  // namespace phare::ui
