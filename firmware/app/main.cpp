// phare-kiosk: the composition root. Parse options, load the site, build the backends, run, and
// turn the outcome into an exit code. Nothing else lives here (STYLE.md 4).

#include "app/effect_runner.h"
#include "app/feedback_recorder.h"
#include "app/kiosk_loop.h"
#include "app/options.h"
#include "app/script.h"
#include "content/site_loader.h"
#include "sdl/display.h"
#include "sdl/font_set.h"
#include "sdl/frame_painter.h"
#include "sdl/image_cache.h"
#include "sdl/text_cache.h"
#include "sdl/ttf_text_metrics.h"
#include "store/outbox.h"
#include "store/site_directory.h"
#include "system/log.h"
#include "ui/kiosk_ui.h"

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

enum ExitCode { Ok = 0, InvalidSite = 1, Usage = 2, NoDisplay = 3, ScriptFailed = 4 };

using namespace phare;

std::optional<content::SourceFiles> read_files(const std::string& dir)
{
    store::ReadError error;
    auto files = store::read_site_directory(dir, error);
    if (!files)
        std::fprintf(stderr, "phare-kiosk: %s: %s\n", error.path.c_str(), error.message.c_str());
    return files;
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

// Ratings wait in <state dir>/outbox.db. Without a usable state directory the kiosk still runs,
// says so once, and answers every rating with an honest "could not be saved".
std::unique_ptr<store::Outbox> open_outbox(const app::Options& options)
{
    std::string dir = options.state_dir;
    if (dir.empty()) {
        const char* xdg = std::getenv("XDG_STATE_HOME");
        const char* home = std::getenv("HOME");
        dir = xdg && *xdg ? std::string(xdg) + "/phare" : home && *home ? std::string(home) + "/.local/state/phare" : std::string();
    }
    std::error_code ec;
    if (dir.empty() || (std::filesystem::create_directories(dir, ec), ec)) {
        log::error("feedback", "no state directory (" + dir + (ec ? ": " + ec.message() : "") + "): ratings cannot be saved");
        return nullptr;
    }
    std::string error;
    auto outbox = store::Outbox::open(dir + "/outbox.db", options.outbox_capacity, error);
    if (!outbox)
        log::error("feedback", "outbox: " + error + ": ratings cannot be saved");
    return outbox;
}

// The audio thread calls this when speech starts or ends: an event wakes SDL_WaitEvent so the
// loop logs it on time (the event itself maps to nothing).
std::function<void()> wake_main_loop()
{
    const Uint32 type = SDL_RegisterEvents(1);
    if (type == static_cast<Uint32>(-1))
        return {};
    return [type] {
        SDL_Event event{};
        event.type = type;
        SDL_PushEvent(&event);
    };
}

int run(const app::Options& options)
{
    auto files = read_files(options.site_dir);
    if (!files)
        return InvalidSite;
    content::LoadedSite loaded = content::load_site(*files);
    if (!report(loaded, options.site_dir))
        return InvalidSite;
    if (options.validate_only)
        return Ok;
    const content::Site& site = *loaded.site;
    if (!options.kiosk_id.empty() && !site.find_kiosk(options.kiosk_id)) {
        std::fprintf(stderr, "phare-kiosk: the site has no kiosk \"%s\"\n", options.kiosk_id.c_str());
        return Usage;
    }
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

    sdl::FontSet fonts(sdl::default_font_files());
    sdl::TtfTextMetrics metrics(fonts);
    sdl::TextCache text_cache(display->renderer(), fonts);
    sdl::ImageCache images(display->renderer(), *files);
    sdl::FramePainter painter(display->renderer(), text_cache, images);
    ui::DeviceProfile device{options.width, options.height, options.px_per_mm};
    ui::State state = ui::initial_state(options.lang.empty() ? site.default_language : options.lang, options.modes, options.session);
    state.kiosk = options.kiosk_id.empty() ? site.kiosks.front().id : options.kiosk_id;  // a valid site has a kiosk
    ui::KioskUi kiosk_ui(site, device, metrics, state);
    std::unique_ptr<app::EffectRunner> effects;
    try {
        // Headless scripts start their virtual clock at 0; a window runs on SDL's clock.
        const std::int64_t start_ms = display->is_headless() ? 0 : static_cast<std::int64_t>(SDL_GetTicks64());
        effects = std::make_unique<app::EffectRunner>(
            site,
            app::AudioConfig{display->is_headless(), options.audio_out, options.speech_log, options.speaker_device, options.headset_device},
            start_ms, wake_main_loop());
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "phare-kiosk: %s\n", e.what());
        return Usage;
    }
    app::KioskLoop loop(kiosk_ui, *display, painter, effects.get());
    app::FeedbackRecorder recorder(open_outbox(options), wake_main_loop());
    loop.set_recorder(&recorder);

    if (!options.script.empty()) {
        std::string error = loop.run_script(script.commands, options.script);
        if (!error.empty()) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return ScriptFailed;
        }
        return Ok;
    }
    if (display->is_headless()) {
        std::fprintf(stderr, "phare-kiosk: --headless without --script has nothing to do\n");
        return Usage;
    }
    loop.run_interactive();
    return Ok;
}

}  // namespace

int main(int argc, char** argv)
{
    app::ParsedOptions parsed = app::parse_options(argc, argv);
    if (!parsed.options) {
        std::fprintf(stderr, "phare-kiosk: %s\n%s", parsed.error.c_str(), app::usage().c_str());
        return Usage;
    }
    if (parsed.options->show_help) {
        std::printf("%s", app::usage().c_str());
        return Ok;
    }
    // Headless rendering needs no video device at all.
    if (parsed.options->headless)
        SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_EVENTS | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "phare-kiosk: SDL_Init: %s\n", SDL_GetError());
        return NoDisplay;
    }
    int code = Ok;
    try {
        code = run(*parsed.options);
    } catch (const std::exception& e) {
        log::error("kiosk", e.what());
        code = NoDisplay;
    }
    SDL_Quit();
    return code;
}
