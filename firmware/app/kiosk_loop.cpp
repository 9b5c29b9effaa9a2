#include "app/kiosk_loop.h"

#include "app/effect_runner.h"
#include "app/feedback_recorder.h"
#include "app/input_mailbox.h"
#include "app/ticket_desk.h"
#include "app/trace_log.h"
#include "platform/sdl/display.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/input_source.h"
#include "platform/system/clock.h"
#include "core/ui/frame.h"

#include <fstream>

namespace phare::app {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang before 17 does not deduce an aggregate's template arguments by itself.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

std::int64_t KioskLoop::now_ms() const
{
    return m_clock.now_ms();
}

void KioskLoop::feed(const ui::Input& input)
{
    // Sound catches up with the clock first, so what the input causes lands at its time.
    const std::int64_t now = now_ms();
    if (m_effects)
        m_effects->advance(now);
    auto run = [&](const ui::Effects& effects) {
        if (m_effects)
            m_effects->run(effects, m_ui.state(), now);
        for (const ui::Effect& effect : effects)
            if (const auto* store = std::get_if<ui::StoreRating>(&effect)) {
                if (m_recorder)
                    m_recorder->submit(store->rating);
                else
                    m_failed_ratings++;
            } else if (const auto* ticket = std::get_if<ui::RequestTicket>(&effect)) {
                if (m_desk)
                    m_desk->submit(*ticket);
                else
                    m_unanswered_tickets++;
            }
    };
    // Inputs happen at a time: the session's timers count from the last one.
    if (!std::holds_alternative<ui::Tick>(input))
        run(m_ui.handle(ui::Tick{now}));
    run(m_ui.handle(input));
}

void KioskLoop::collect_ratings()
{
    for (; m_failed_ratings > 0; --m_failed_ratings)
        feed(ui::RatingStored{false});
    if (!m_recorder)
        return;
    for (const ui::RatingStored& result : m_recorder->take_results())
        feed(result);
}

void KioskLoop::collect_mail()
{
    for (; m_unanswered_tickets > 0; --m_unanswered_tickets) {
        ui::TicketAnswer answer;
        answer.unreachable = true;
        feed(answer);
    }
    if (!m_mailbox)
        return;
    for (const ui::Input& input : m_mailbox->take())
        feed(input);
}

void KioskLoop::draw_if_changed()
{
    if (m_ui.frame_version() == m_drawn_version)
        return;
    m_painter.paint(m_ui.frame());
    m_display.present();
    m_drawn_version = m_ui.frame_version();
    if (m_trace) {
        const auto& call = m_ui.state().queue.last_call;
        m_trace->presented(m_drawn_version, call ? call->ticket : std::string{});
    }
}

bool KioskLoop::dispatch(const sdl::MappedEvent& mapped)
{
    if (mapped.outcome == sdl::EventOutcome::Quit)
        return false;
    if (mapped.outcome == sdl::EventOutcome::Redraw)
        m_drawn_version = 0;
    if (mapped.outcome == sdl::EventOutcome::Input)
        feed(mapped.input);
    else if (m_effects)
        m_effects->advance(now_ms());  // the audio thread may have woken us: speech started or ended
    return true;
}

bool KioskLoop::pump_events()
{
    while (auto event = m_input.poll())
        if (!dispatch(*event))
            return false;
    return true;
}

void KioskLoop::run_interactive()
{
    draw_if_changed();
    // Blocks until something happens or a session timer is due: an idle kiosk takes no CPU.
    for (;;) {
        auto deadline = m_ui.next_deadline();
        int timeout = deadline ? static_cast<int>(std::max<std::int64_t>(0, *deadline - now_ms())) : -1;
        auto event = m_input.wait(timeout);
        if (event && (!dispatch(*event) || !pump_events()))
            return;
        if (deadline && now_ms() >= *deadline)
            feed(ui::Tick{now_ms()});
        collect_ratings();
        collect_mail();
        if (m_housekeeping)
            m_housekeeping();
        draw_if_changed();
    }
}

Result<void> KioskLoop::run_script(const std::vector<ScriptCommand>& commands, const std::string& script_name)
{
    draw_if_changed();
    for (const ScriptCommand& command : commands) {
        bool quit = false;
        std::string error;  // what went wrong on this line
        std::visit(Overloaded{
                       [&](const ui::Input& input) {
                           feed(input);
                           // Scripts are deterministic: a rating is stored before the next line.
                           if (m_recorder)
                               m_recorder->wait_idle();
                           collect_ratings();
                           if (m_desk)
                               m_desk->wait_idle();  // a ticket's answer before the next line
                           collect_mail();
                       },
                       [&](const WaitCommand& wait) {
                           // A scripted clock jumps; real time is waited for, events still flowing.
                           const std::int64_t deadline = now_ms() + wait.ms;
                           if (!m_clock.skip_to(deadline))
                               while (now_ms() < deadline) {
                                   auto event = m_input.wait(static_cast<int>(deadline - now_ms()));
                                   if (event && !dispatch(*event))
                                       quit = true;
                                   draw_if_changed();
                               }
                           feed(ui::Tick{now_ms()});
                       },
                       [&](const ScreenshotCommand& shot) {
                           // Draw afresh and read back before presenting: after a present the
                           // back buffer's content is undefined.
                           m_painter.paint(m_ui.frame());
                           if (auto saved = m_display.save_png(shot.path); !saved)
                               error = describe(saved.error());
                           m_display.present();
                           m_drawn_version = m_ui.frame_version();
                       },
                       [&](const FrameCommand& dump) {
                           std::ofstream out(dump.path, std::ios::binary | std::ios::trunc);
                           out << ui::frame_to_json(m_ui.frame()) << '\n';
                           if (!out)
                               error = "cannot write " + dump.path;
                       },
                       [&](const StatsCommand& stats) {
                           if (!m_stats) {
                               error = "stats: this kiosk cannot measure itself";
                               return;
                           }
                           const std::string line = m_stats(now_ms());  // before the file adds a descriptor
                           std::ofstream out(stats.path, std::ios::binary | std::ios::app);
                           out << line << '\n';
                           if (!out)
                               error = "cannot write " + stats.path;
                       },
                       [&](const SyncCommand&) {
                           if (!m_sync_now)
                               error = "sync: this kiosk has no hub (see --config)";
                           else if (auto synced = m_sync_now(); !synced)
                               error = "sync: " + describe(synced.error());
                           collect_mail();
                       },
                       [&](const QuitCommand&) { quit = true; },
                   },
                   command.action);
        if (!error.empty())
            return fail(script_name + ":" + std::to_string(command.line), error);
        if (!pump_events())
            quit = true;
        if (m_housekeeping)
            m_housekeeping();
        draw_if_changed();
        if (quit)
            break;
    }
    return {};
}

}  // namespace phare::app
