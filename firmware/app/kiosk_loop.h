#pragma once
// The kiosk's main loop: events in, frames out. It sleeps in its input source while nothing happens,
// so an idle kiosk uses no CPU, and it redraws only when the Frame changed.

#include "app/script.h"
#include "core/error.h"
#include "core/ui/kiosk_ui.h"

#include <cstdint>
#include <functional>
#include <string>

namespace phare::sdl {
class Display;
class FramePainter;
class InputSource;
struct MappedEvent;
}  // namespace phare::sdl
namespace phare::system {
class Clock;
}

namespace phare::app {

class EffectRunner;
class FeedbackRecorder;
class InputMailbox;
class TicketDesk;
class TraceLog;

class KioskLoop {
public:
    // The clock and the input source are the ones main.cpp chose (real or scripted).
    KioskLoop(ui::KioskUi& ui, sdl::Display& display, sdl::FramePainter& painter, system::Clock& clock, sdl::InputSource& input)
        : m_ui(ui), m_display(display), m_painter(painter), m_clock(clock), m_input(input)
    {
    }

    // What the UI asks (speech, earcons) is carried out there; without one, effects are dropped.
    void set_effects(EffectRunner* effects) { m_effects = effects; }
    // Ratings the UI asks to store go here; without one they fail visibly.
    void set_recorder(FeedbackRecorder* recorder) { m_recorder = recorder; }
    // Work other threads hand over, done on this thread after every input and wake-up (new
    // content from the hub).
    void set_housekeeping(std::function<void()> housekeeping) { m_housekeeping = std::move(housekeeping); }
    // Inputs other threads hand over (the queue's news, ticket answers), fed after every wake-up.
    void set_mailbox(InputMailbox* mailbox) { m_mailbox = mailbox; }
    // Where RequestTicket effects go; without a desk they are answered "unreachable" at once.
    void set_ticket_desk(TicketDesk* desk) { m_desk = desk; }
    // What a script's `sync` line does: one sync cycle now, waited for.
    void set_sync_now(std::function<Result<void>()> sync_now) { m_sync_now = std::move(sync_now); }
    // What a script's `stats` line appends: one JSON line of what the process holds at the
    // kiosk's time `now_ms` (main.cpp knows the caches). Without it a `stats` line fails.
    void set_stats(std::function<std::string(std::int64_t now_ms)> stats) { m_stats = std::move(stats); }
    // Benchmarks: each presented frame is traced there.
    void set_trace(TraceLog* trace) { m_trace = trace; }

    // Presents the current frame now, before the slower parts of start-up.
    void show_first_frame() { draw_if_changed(); }
    // Runs until the window is closed.
    void run_interactive();
    // Replays a script, stopping at the first line that fails: the error's `where` is that line
    // ("script.txt:4").
    Result<void> run_script(const std::vector<ScriptCommand>& commands, const std::string& script_name);

private:
    void feed(const ui::Input& input);
    void draw_if_changed();
    void collect_ratings();
    void collect_mail();
    bool dispatch(const sdl::MappedEvent& event);  // false when the visitor (or the system) asked to quit
    bool pump_events();
    std::int64_t now_ms() const;

    ui::KioskUi& m_ui;
    sdl::Display& m_display;
    sdl::FramePainter& m_painter;
    system::Clock& m_clock;
    sdl::InputSource& m_input;
    EffectRunner* m_effects = nullptr;
    FeedbackRecorder* m_recorder = nullptr;
    InputMailbox* m_mailbox = nullptr;
    TicketDesk* m_desk = nullptr;
    TraceLog* m_trace = nullptr;
    int m_unanswered_tickets = 0;  // asked for with no desk: answered "unreachable"
    std::function<void()> m_housekeeping;
    std::function<Result<void>()> m_sync_now;
    std::function<std::string(std::int64_t)> m_stats;
    int m_failed_ratings = 0;  // asked for with no recorder: answered as failures
    unsigned m_drawn_version = 0;
};

}  // namespace phare::app
