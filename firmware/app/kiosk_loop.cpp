#include "app/kiosk_loop.h"

#include "sdl/display.h"
#include "sdl/frame_painter.h"
#include "sdl/input_map.h"
#include "ui/frame.h"

#include <SDL.h>

#include <fstream>

namespace phare::app {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

}  // namespace

std::int64_t KioskLoop::now_ms() const
{
    return m_display.is_headless() ? m_virtual_ms : static_cast<std::int64_t>(SDL_GetTicks64());
}

void KioskLoop::feed(const ui::Input& input)
{
    // Inputs happen at a time: the session's timers count from the last one.
    if (!std::holds_alternative<ui::Tick>(input))
        (void)m_ui.handle(ui::Tick{now_ms()});
    // Effects (speech, earcons) get their executors with the spoken-guidance work; until then
    // the visible state is the whole outcome.
    (void)m_ui.handle(input);
}

void KioskLoop::draw_if_changed()
{
    if (m_ui.frame_version() == m_drawn_version)
        return;
    m_painter.paint(m_ui.frame());
    m_display.present();
    m_drawn_version = m_ui.frame_version();
}

bool KioskLoop::dispatch(const SDL_Event& event)
{
    sdl::MappedEvent mapped = sdl::map_event(event);
    if (mapped.outcome == sdl::EventOutcome::Quit)
        return false;
    if (mapped.outcome == sdl::EventOutcome::Redraw)
        m_drawn_version = 0;
    if (mapped.outcome == sdl::EventOutcome::Input)
        feed(mapped.input);
    return true;
}

bool KioskLoop::pump_events()
{
    SDL_Event event;
    while (SDL_PollEvent(&event))
        if (!dispatch(event))
            return false;
    return true;
}

void KioskLoop::run_interactive()
{
    draw_if_changed();
    // Blocks until something happens or a session timer is due: an idle kiosk takes no CPU.
    for (;;) {
        SDL_Event event;
        auto deadline = m_ui.next_deadline();
        int timeout = deadline ? static_cast<int>(std::max<std::int64_t>(0, *deadline - now_ms())) : -1;
        bool got = timeout < 0 ? SDL_WaitEvent(&event) != 0 : SDL_WaitEventTimeout(&event, timeout) != 0;
        if (got && (!dispatch(event) || !pump_events()))
            return;
        if (deadline && now_ms() >= *deadline)
            feed(ui::Tick{now_ms()});
        draw_if_changed();
    }
}

std::string KioskLoop::run_script(const std::vector<ScriptCommand>& commands, const std::string& script_name)
{
    draw_if_changed();
    for (const ScriptCommand& command : commands) {
        const std::string where = script_name + ":" + std::to_string(command.line) + ": ";
        bool quit = false;
        std::string error;
        std::visit(Overloaded{
                       [&](const ui::Input& input) { feed(input); },
                       [&](const WaitCommand& wait) {
                           if (m_display.is_headless()) {
                               m_virtual_ms += wait.ms;
                               feed(ui::Tick{m_virtual_ms});
                               return;
                           }
                           const std::int64_t deadline = now_ms() + wait.ms;
                           SDL_Event event;
                           while (now_ms() < deadline) {
                               if (SDL_WaitEventTimeout(&event, static_cast<int>(deadline - now_ms())) && !dispatch(event))
                                   quit = true;
                               draw_if_changed();
                           }
                           feed(ui::Tick{now_ms()});
                       },
                       [&](const ScreenshotCommand& shot) {
                           // Draw afresh and read back before presenting: after a present the
                           // back buffer's content is undefined.
                           m_painter.paint(m_ui.frame());
                           error = m_display.save_png(shot.path);
                           m_display.present();
                           m_drawn_version = m_ui.frame_version();
                       },
                       [&](const FrameCommand& dump) {
                           std::ofstream out(dump.path, std::ios::binary | std::ios::trunc);
                           out << ui::frame_to_json(m_ui.frame()) << '\n';
                           if (!out)
                               error = "cannot write " + dump.path;
                       },
                       [&](const QuitCommand&) { quit = true; },
                   },
                   command.action);
        if (!error.empty())
            return where + error;
        if (!m_display.is_headless() && !pump_events())
            quit = true;
        draw_if_changed();
        if (quit)
            break;
    }
    return {};
}

}  // namespace phare::app
