#pragma once
// Everything a visitor's session is: where they are, which language and modes they chose. A value
// type: reduce() makes a new one, nothing mutates it behind the UI's back.

#include "core/a11y/audio_settings.h"
#include "core/feedback/rating.h"
#include "core/queue/ticket.h"
#include "core/sync/queue_board.h"
#include "core/ui/modes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace phare::ui {

enum class ScreenId { Welcome, Service, Accessibility, Languages, Directions, Feedback, Map, Maintenance, Queue, Ticket };

struct Place {
    ScreenId screen = ScreenId::Welcome;
    std::string service;  // for ScreenId::Service, ScreenId::Directions and ScreenId::Map
    int page = 0;            // on the map: one floor of the route a page
    bool step_free = false;  // for ScreenId::Directions and ScreenId::Map
    std::string counter;     // Directions and Map to a queue counter's node instead of a service
    bool operator==(const Place&) const = default;
};

// The satisfaction survey, one question a screen; "Thanks" appears only once the rating is on disk.
enum class FeedbackStep { Satisfaction, Clarity, Counter, Saving, Thanks, Failed };

struct FeedbackDraft {
    FeedbackStep step = FeedbackStep::Satisfaction;
    std::optional<feedback::Satisfaction> satisfaction;
    std::optional<int> clarity;  // 1..5; empty: not answered
    std::optional<bool> found_counter;
    // Offered at the end of the directions, before the visit: "did you find the right counter?"
    // cannot be answered yet, so it is not asked (two questions, not three).
    bool before_visit = false;
    bool given = false;  // one vote per visitor session
    bool operator==(const FeedbackDraft&) const = default;
};

// Taking a queue ticket at the kiosk (docs/queue.md, "On the kiosk"): choose a queued service,
// optionally a priority, then the hub answers with the ticket or why there is none.
enum class TicketStep { Service, Confirm, Requesting, Issued, Failed };

struct TicketDraft {
    TicketStep step = TicketStep::Service;
    std::string service;
    queue::Priority priority = queue::Priority::None;
    // The hub's answer.
    std::string ticket;      // "A 043"
    std::string status_url;  // the visitor's phone page
    int ahead = 0;
    bool estimate_known = false;
    int low_minutes = 0;
    int high_minutes = 0;
    std::string error;  // why there is no ticket (the hub's French sentence, or unreachable)
    bool unreachable = false;
    bool operator==(const TicketDraft&) const = default;
};

// What the maintenance screen shows (docs/sync.md): filled by the app from the network worker;
// kiosk-level, kept across sessions.
enum class HubState { None, Reachable, Unreachable };
// The hub's live channel (docs/sync.md): held, down (polling carries on), or not used.
enum class LiveState { Off, Connected, Down };

struct MaintenanceInfo {
    std::string kiosk;
    std::string content;     // "version 7", or the installed folder
    HubState hub = HubState::None;
    std::string last_sync;   // local time of the last poll that worked; empty: never
    std::string last_error;  // empty: none
    std::int64_t backlog = 0;
    std::int64_t dropped = 0;
    std::int64_t rejected = 0;
    LiveState live = LiveState::Off;
    bool operator==(const MaintenanceInfo&) const = default;
};

// How a visitor's session ends: after `inactivity_ms` without input the kiosk warns by
// sight and sound, then resets after `warning_ms` more (at least 20 s to answer;
// docs/accessibility.md, "Timeouts").
struct SessionPolicy {
    std::int64_t inactivity_ms = 60000;
    std::int64_t warning_ms = 30000;
    // Double-strike filter: a second press of the same key within this time is ignored.
    // 0 by default so that slow or repeated presses by anyone are never lost; a maintainer sets it.
    std::int64_t double_strike_ms = 0;
};

// What a session returns to: the kiosk's own language and modes, not the last visitor's.
struct SessionHome {
    std::string lang;
    Modes modes;
};

struct State {
    Place place;
    std::vector<Place> history;  // for Back; cleared at session end
    std::string kiosk;           // the kiosk this runs on: directions start from it
    // Where the hub serves route pages ("https://hub.example/"); the directions screen shows a QR
    // code of BASE/r/{site}/{kiosk}/{service}?lang=... Empty: no hub, no QR code. Survives resets.
    std::string route_page_base;
    std::string lang;
    Modes modes;
    std::string focus;    // id of the focused element; empty when the visitor uses touch
    bool keypad = false;  // the visitor is using the keypad: a new screen focuses its first item
    bool help_open = false;
    int help_layer = 0;  // 0: this screen; then the keys; then the accessibility choices
    a11y::AudioSettings audio;  // volume, rate, speaker or headset
    std::string caption;        // the last thing said, shown on screen while guidance is on
    std::int64_t headset_since_ms = 0;
    bool idle_hint_given = false;  // once per headset insertion, never looped
    FeedbackDraft feedback;
    std::string last_service;  // the service looked up last: context for a rating
    std::int64_t now_ms = 0;
    // The wall clock, "YYYY-MM-DDTHH:MM" local time, which the agents' notices and today's
    // closures are written in; set by the app when it crosses a change, empty when unknown.
    std::string local_time;
    MaintenanceInfo maintenance;
    // The queue (kiosk-level, kept across sessions): the board as the hub last told it, whether
    // this kiosk can take tickets (a hub and a site with queue.json), and the hall display role:
    // no visitor input, the board and calls in large type.
    sync::QueueBoard queue;
    bool queue_enabled = false;
    bool board_role = false;
    std::int64_t board_page_since_ms = 0;  // the hall display shows each page of the board in turn
    TicketDraft ticket;  // per session

    // Session bookkeeping.
    SessionHome home;
    SessionPolicy policy;
    bool in_session = false;  // false until the first input: an untouched kiosk never times out
    bool timeout_warning = false;
    std::int64_t last_input_ms = 0;
    int last_key = -1;
    std::int64_t last_key_ms = 0;
};

// How long the hall display shows each page of its board.
inline constexpr std::int64_t board_page_ms = 10'000;

// A fresh session in the site's default language.
State initial_state(const std::string& default_language, Modes modes = {}, SessionPolicy policy = {});

}  // namespace phare::ui
