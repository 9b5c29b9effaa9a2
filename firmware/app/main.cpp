// phare-kiosk: the composition root. Parse options, load the site, build the backends, run, and
// turn the outcome into an exit code. Nothing else lives here.

#include "app/effect_runner.h"
#include "phare_version.h"
#include "app/feedback_recorder.h"
#include "app/hub_link.h"
#include "app/input_mailbox.h"
#include "app/receipt.h"
#include "app/ticket_desk.h"
#include "app/trace_log.h"
#include "app/live_content.h"
#include "app/maintenance_info.h"
#include "app/status_clock.h"
#include "app/kiosk_loop.h"
#include "app/options.h"
#include "app/script.h"
#include "app/stats_line.h"
#include "core/bundle/bundle_site.h"
#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/input_source.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "platform/speech/installed_voices.h"
#include "platform/store/outbox.h"
#include "platform/store/site_directory.h"
#include "platform/system/clock.h"
#include "platform/system/log.h"
#include "platform/system/process_stats.h"
#include "core/ui/kiosk_ui.h"

#include <SDL.h>

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace {

// Listed in --help (app/options.cpp, usage()).
enum ExitCode { Ok = 0, InvalidSite = 1, Usage = 2, NoDisplay = 3, ScriptFailed = 4, Unexpected = 5 };

using namespace phare;

std::optional<content::SourceFiles> read_files(const std::string& dir)
{
    auto files = store::read_site_directory(dir);
    if (!files) {
        std::fprintf(stderr, "phare-kiosk: %s\n", describe(files.error()).c_str());
        return std::nullopt;
    }
    return std::move(*files);
}

// Prints every problem; true if the site can be shown.
bool report(const content::LoadedSite& loaded, const std::string& dir)
{
    for (const content::Problem& problem : loaded.problems)
        std::fprintf(stderr, "%s\n", content::describe(problem, dir).c_str());
    if (!loaded.site) {
        std::size_t errors = 0;
        for (const auto& p : loaded.problems)
            errors += p.severity == content::Severity::Error ? 1 : 0;
        std::fprintf(stderr, "phare-kiosk: %s has %zu error(s); nothing is shown\n", dir.c_str(), errors);
    }
    return loaded.site.has_value();
}

std::optional<std::string> read_text_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Ratings and bundles live in the state directory; "" when there is none usable (logged).
std::string state_directory(const app::Options& options)
{
    std::string dir = options.state_dir;
    if (dir.empty()) {
        const char* xdg = std::getenv("XDG_STATE_HOME");
        const char* home = std::getenv("HOME");
        dir = xdg && *xdg ? std::string(xdg) + "/phare" : home && *home ? std::string(home) + "/.local/state/phare" : std::string();
    }
    std::error_code ec;
    if (dir.empty() || (std::filesystem::create_directories(dir, ec), ec)) {
        log::error("kiosk", "no state directory (" + dir + (ec ? ": " + ec.message() : "") + "): ratings cannot be saved, content cannot be synced");
        return {};
    }
    return dir;
}

// Ratings wait in <state dir>/outbox.db. Without a usable state directory the kiosk still runs,
// says so once, and answers every rating with an honest "could not be saved".
std::unique_ptr<store::Outbox> open_outbox(const app::Options& options, const std::string& dir)
{
    if (dir.empty())
        return nullptr;
    auto outbox = store::Outbox::open(dir + "/outbox.db", options.outbox_capacity);
    if (!outbox) {
        log::error("feedback", "outbox: " + describe(outbox.error()) + ": ratings cannot be saved");
        return nullptr;
    }
    return std::move(*outbox);
}

// What the kiosk's sound goes to; none for headless scripts that record nothing (they need no
// voice, which keeps them fast).
std::optional<app::AudioChoice> audio_choice(const app::Options& options)
{
    const bool recording = !options.audio_out.empty() || options.headless;
    if (options.headless && options.audio_out.empty() && options.speech_log.empty())
        return std::nullopt;
    return app::AudioChoice{recording ? app::AudioOut::Recording : app::AudioOut::SoundCard, options.audio_out, options.speaker_device,
                            options.headset_device};
}

// The installed site folder, checked: what a fresh kiosk shows, and the fallback offline.
std::unique_ptr<app::LiveContent> installed_content(const app::Options& options)
{
    auto files = read_files(options.site_dir);
    if (!files)
        return nullptr;
    // The same validator as `phare validate`, with this machine's voices (listed here, before
    // speech starts).
    content::LoadedSite loaded = bundle::load_bundle_site(*files, &speech::installed_voices());
    if (!report(loaded, options.site_dir))
        return nullptr;
    // Any kiosk: the kiosk is checked against this site later, with a clear message.
    auto live = app::make_live_content(std::move(*files), std::move(*loaded.site), 0, options.site_dir, {});
    return live ? std::move(*live) : nullptr;
}

// With a hub configured: the link to it, and the last good bundle on the card if there is one.
std::unique_ptr<app::HubLink> connect_hub(const app::Options& options, const std::string& state_dir, std::unique_ptr<app::LiveContent>& content)
{
    if (options.hub_url.empty())
        return nullptr;
    if (state_dir.empty()) {
        log::error("sync", "no state directory: the kiosk runs offline from " + options.site_dir);
        return nullptr;
    }
    auto link = app::HubLink::open(options, state_dir, content->site.id);
    if (!link) {
        log::error("sync", describe(link.error()) + ": the kiosk runs offline from " + options.site_dir);
        return nullptr;
    }
    if (auto stored = (*link)->stored_content(options.kiosk_id); !stored)
        log::warning("sync", "the stored bundle is not used (" + describe(stored.error()) + "); showing " + options.site_dir +
                                 " until the next sync");
    else if (*stored)
        content = std::move(*stored);
    return std::move(*link);
}

int run(app::Options options, std::int64_t main_entered_us)
{
    std::unique_ptr<app::TraceLog> trace;
    if (!options.trace.empty()) {
        try {
            trace = std::make_unique<app::TraceLog>(options.trace);
        } catch (const std::runtime_error& e) {
            std::fprintf(stderr, "phare-kiosk: %s\n", e.what());
            return Usage;
        }
        trace->startup("main entered", main_entered_us);
    }
    // Steps of start-up, traced for the first-frame benchmark (tools/bench).
    auto step_done = [&trace](const char* step) {
        if (trace)
            trace->startup(step);
    };
    auto installed = installed_content(options);
    step_done("site loaded");
    if (!installed)
        return InvalidSite;
    if (options.validate_only)
        return Ok;
    if (!options.kiosk_id.empty() && !installed->site.find_kiosk(options.kiosk_id)) {
        std::fprintf(stderr, "phare-kiosk: the site has no kiosk \"%s\"\n", options.kiosk_id.c_str());
        return Usage;
    }
    if (options.kiosk_id.empty())
        options.kiosk_id = installed->site.kiosks.front().id;  // a valid site has a kiosk
    const std::string state_dir = state_directory(options);
    std::unique_ptr<app::LiveContent> shown = std::move(installed);
    std::unique_ptr<app::HubLink> hub = connect_hub(options, state_dir, shown);
    step_done("hub link ready");
    const int shown_version = shown->version;
    const content::Site& site = shown->site;
    if (!options.lang.empty() && !site.find_language(options.lang)) {
        std::fprintf(stderr, "phare-kiosk: the site has no language \"%s\"\n", options.lang.c_str());
        return Usage;
    }

    app::ParsedScript script;
    if (!options.script.empty()) {
        auto text = read_text_file(options.script);
        if (!text) {
            std::fprintf(stderr, "phare-kiosk: cannot read script %s\n", options.script.c_str());
            return ScriptFailed;
        }
        script = app::parse_script(options.script, *text);
        for (const std::string& error : script.errors)
            std::fprintf(stderr, "%s\n", error.c_str());
        if (!script.errors.empty())
            return ScriptFailed;
    }

    std::unique_ptr<sdl::Display> display;
    try {
        if (options.headless)
            display = sdl::Display::open_headless(options.width, options.height);
        else
            display = sdl::Display::open_window(options.width, options.height,
                                                options.windowed ? sdl::WindowMode::Windowed : sdl::WindowMode::FullScreen);
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr,
                     "phare-kiosk: no display: %s\n"
                     "  Run it on a desktop, under xvfb-run, or with --headless --script FILE to render off-screen.\n",
                     e.what());
        return NoDisplay;
    }
    step_done("display open");

    // A site font SDL_ttf cannot read is a file that cannot be used: named, and the kiosk stops.
    std::unique_ptr<sdl::FontSet> font_set;
    try {
        font_set = std::make_unique<sdl::FontSet>(sdl::default_font_files(), sdl::site_font(site, shown->files));
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "phare-kiosk: %s\n", e.what());
        return Usage;
    }
    sdl::FontSet& fonts = *font_set;
    sdl::TtfTextMetrics metrics(fonts);
    sdl::TextCache text_cache(display->renderer(), fonts);
    sdl::ImageCache images(display->renderer(), shown->files);
    sdl::FramePainter painter(display->renderer(), text_cache, images);
    ui::DeviceProfile device{options.width, options.height, options.px_per_mm};
    ui::State state = ui::initial_state(options.lang.empty() ? site.default_language : options.lang, options.modes, options.session);
    state.kiosk = options.kiosk_id;
    // The QR code on the directions screen opens the hub's route page on the visitor's phone: the
    // address phones reach the hub at, which the kiosk's own URL may not be (a LAN address).
    state.route_page_base = !options.public_url.empty() ? options.public_url : options.hub_url;
    // The queue (docs/queue.md): a site with queue.json and a hub to ask. The hall display shows
    // the board and takes no input; a visitor's kiosk shows the board and gives tickets.
    const bool queue = hub && !site.queue.empty();
    state.board_role = options.role == "board";
    state.queue_enabled = queue && !state.board_role;
    if (state.board_role)
        state.place = {ui::ScreenId::Queue, {}, 0};
    ui::KioskUi kiosk_ui(site, device, metrics, state);
    app::StatusClock status_clock(options.clock, [&](const std::string& minute) { kiosk_ui.set_local_time(minute); });
    status_clock.refresh(site, true);
    step_done("first frame laid out");
    // The seams, chosen once: a headless script runs on a manual clock with no event queue (its
    // `wait` lines take no time); a window runs on the machine's clock and SDL's events.
    std::unique_ptr<system::Clock> clock;
    std::unique_ptr<sdl::InputSource> input;
    if (options.headless) {
        clock = std::make_unique<system::ManualClock>();
        input = std::make_unique<sdl::NoInput>();
    } else {
        clock = std::make_unique<system::SteadyClock>();
        input = std::make_unique<sdl::SdlInput>();
    }
    const std::function<void()> wake = input->waker();
    app::KioskLoop loop(kiosk_ui, *display, painter, *clock, *input);
    if (trace)
        loop.set_trace(trace.get());
    // On screen before speech and audio start: eSpeak NG's voices and the audio device take as
    // long as everything before them (docs/benchmarks.md).
    loop.show_first_frame();
    std::unique_ptr<app::EffectRunner> effects;
    try {
        std::unique_ptr<app::AudioChain> audio;
        if (auto choice = audio_choice(options))
            audio = app::open_audio_chain(*choice, clock->now_ms(), wake);
        effects = std::make_unique<app::EffectRunner>(site, std::move(audio), options.speech_log);
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "phare-kiosk: %s\n", e.what());
        return Usage;
    }
    loop.set_effects(effects.get());
    if (trace) {
        effects->set_trace(trace.get());
        trace->startup("speech and audio ready");
    }
    app::ContentSwitcher switcher(std::move(shown), [&](const app::LiveContent& next) {
        kiosk_ui.replace_site(next.site);
        effects->replace_site(next.site);
        images.replace_files(next.files);
    });
    loop.set_housekeeping([&] {
        const bool switched = switcher.switch_if_due(kiosk_ui.state().in_session);
        status_clock.refresh(switcher.current().site, switched);
        kiosk_ui.set_maintenance(app::maintenance_info(options.kiosk_id, switcher.current(), hub.get()));
    });
    app::FeedbackRecorder recorder(open_outbox(options, state_dir), [wake, link = hub.get()] {
        if (link)
            link->nudge_upload();  // a stored rating goes to the hub soon
        if (wake)
            wake();
    });
    loop.set_recorder(&recorder);
    // The queue's news and ticket answers reach the loop here; it outlives the threads that push.
    app::InputMailbox mailbox(wake);
    loop.set_mailbox(&mailbox);
    std::unique_ptr<app::TicketDesk> desk;
    if (state.queue_enabled) {
        desk = std::make_unique<app::TicketDesk>(
            app::TicketDeskSettings{hub->endpoint(), hub->http_options(), options.printer_device, app::receipt_maker(site)}, mailbox);
        loop.set_ticket_desk(desk.get());
    }
    // The network worker offers content to the switcher: it stops before anything it uses goes.
    struct StopHubFirst {
        app::HubLink* link;
        ~StopHubFirst()
        {
            if (link)
                link->stop();
        }
    } stop_hub_first{hub.get()};
    if (hub) {
        std::function<void(ui::Input)> queue_sink;
        if (queue)
            queue_sink = [&mailbox](ui::Input news) { mailbox.push(std::move(news)); };
        if (options.script.empty())
            hub->start(switcher, options.kiosk_id, shown_version, wake, std::move(queue_sink));
        else  // scripts stay deterministic: content and the queue change only on a `sync` line
            loop.set_sync_now([&, queue] {
                auto polled = hub->poll_now(switcher, options.kiosk_id);
                if (queue)
                    mailbox.push(hub->poll_queue_now());
                return polled;
            });
    }

    if (!options.script.empty()) {
        loop.set_stats([&](std::int64_t now_ms) {
            return app::stats_line(now_ms, system::read_process_stats(),
                                   {text_cache.size(), text_cache.bytes(), text_cache.budget(), images.size()});
        });
        if (auto ran = loop.run_script(script.commands, options.script); !ran) {
            std::fprintf(stderr, "%s\n", describe(ran.error()).c_str());
            return ScriptFailed;
        }
        return Ok;
    }
    if (options.headless) {
        std::fprintf(stderr, "phare-kiosk: --headless without --script has nothing to do\n");
        return Usage;
    }
    loop.run_interactive();
    return Ok;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::int64_t main_entered_us = app::monotonic_us();
    if (argc == 2 && std::string_view(argv[1]) == "--version") {
        std::printf("phare-kiosk %s\n", PHARE_VERSION);
        return Ok;
    }
    auto parsed = app::parse_options(argc, argv);
    if (!parsed) {
        std::fprintf(stderr, "phare-kiosk: %s\n%s", describe(parsed.error()).c_str(), app::usage().c_str());
        return Usage;
    }
    if (parsed->show_help) {
        std::printf("%s", app::usage().c_str());
        return Ok;
    }
    // Headless rendering needs no video device at all.
    if (parsed->headless)
        SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_EVENTS | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "phare-kiosk: SDL_Init: %s\n", SDL_GetError());
        return NoDisplay;
    }
    int code = Ok;
    try {
        code = run(*parsed, main_entered_us);
    } catch (const std::exception& e) {
        log::error("kiosk", e.what());
        code = Unexpected;
    }
    SDL_Quit();
    return code;
}
