// phare-bench-frame: what drawing one frame costs, with the kiosk's real fonts, the example site
// and the software renderer headless kiosks use, at 1080x1920, in French and Arabic, standard
// and large text. Two scenarios each:
//   full-redraw  the welcome frame painted and presented again (text cache warm);
//   focus-move   keypad guidance already on, Down moves the focus to the next item: the new
//                frame painted and presented (text it has not drawn yet is shaped then, as on
//                the kiosk).
// Each measured region is bracketed with callgrind client requests (a dump named like
// "fr-standard full-redraw"): tools/bench/frame_counts.sh reads instruction counts from them.
// Outside valgrind those are no-ops and the wall-clock medians printed here are the result.
// Usage: phare-bench-frame [--runs N] [--site DIR] [--screenshot DIR]
//   --screenshot DIR  one PNG per scenario, the measured frame (to check what is drawn)

#include "core/bundle/bundle_site.h"
#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "platform/store/site_directory.h"
#include "core/ui/kiosk_ui.h"

#include <SDL.h>
#include <valgrind/callgrind.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace phare;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int width = 1080;
constexpr int height = 1920;

struct Configuration {
    std::string lang;
    std::string mode;  // as --mode names it
    ui::TextSize text_size;
};

const std::vector<Configuration> configurations{
    {"fr", "standard", ui::TextSize::Standard},
    {"fr", "large", ui::TextSize::Large},
    {"ar", "standard", ui::TextSize::Standard},
    {"ar", "large", ui::TextSize::Large},
};

// What main.cpp builds to put frames on screen. Each scenario gets its own, so that none inherits
// another's caches or renderer state.
struct Kiosk {
    Kiosk(const content::Site& site, const content::SourceFiles& files, const Configuration& config)
        : display(sdl::Display::open_headless(width, height)),
          fonts(sdl::default_font_files()),
          metrics(fonts),
          text(display->renderer(), fonts),
          images(display->renderer(), files),
          painter(display->renderer(), text, images),
          kiosk_ui(site, ui::DeviceProfile{width, height, ui::DeviceProfile{}.px_per_mm}, metrics, initial(config))
    {
    }

    static ui::State initial(const Configuration& config)
    {
        ui::Modes modes;
        modes.text_size = config.text_size;
        return ui::initial_state(config.lang, modes);
    }

    void draw()
    {
        painter.paint(kiosk_ui.frame());
        display->present();
    }

    // Down moves the keypad focus to the next item; the frame must change, or nothing is measured.
    void press_down()
    {
        const unsigned before = kiosk_ui.frame_version();
        kiosk_ui.handle(ui::KeyPress{ui::Key::Down});
        if (kiosk_ui.frame_version() == before)
            throw std::runtime_error("Down did not change the frame");
    }

    std::unique_ptr<sdl::Display> display;
    sdl::FontSet fonts;
    sdl::TtfTextMetrics metrics;
    sdl::TextCache text;
    sdl::ImageCache images;
    sdl::FramePainter painter;
    ui::KioskUi kiosk_ui;
};

struct Measure {
    double us = 0;
    std::size_t shaped = 0;  // text runs the text cache had to shape and rasterise
};

// What a callgrind dump holds: the statistics are zeroed right before and dumped under `name` right after.
Measure measure(const std::string& name, Kiosk& kiosk)
{
    const std::size_t misses = kiosk.text.misses();
    const auto start = Clock::now();
    CALLGRIND_ZERO_STATS;
    kiosk.draw();
    CALLGRIND_DUMP_STATS_AT(name.c_str());
    const auto end = Clock::now();
    return {std::chrono::duration<double, std::micro>(end - start).count(), kiosk.text.misses() - misses};
}

Measure full_redraw(const std::string& name, Kiosk& kiosk)
{
    kiosk.draw();  // the welcome frame's text shaped and cached, as after any first frame
    return measure(name, kiosk);
}

Measure focus_move(const std::string& name, Kiosk& kiosk)
{
    kiosk.draw();
    // The first Down turns keypad guidance on and focuses the first item; the second is the move.
    kiosk.press_down();
    kiosk.draw();
    kiosk.press_down();
    return measure(name, kiosk);
}

struct Scenario {
    std::string name;  // "fr-standard full-redraw"
    std::string file;  // "fr-standard-full-redraw"
    const Configuration* config;
    Measure (*run)(const std::string&, Kiosk&);
};

std::vector<Scenario> scenarios()
{
    std::vector<Scenario> all;
    for (const Configuration& config : configurations)
        for (const auto& [what, run] : {std::pair{"full-redraw", &full_redraw}, std::pair{"focus-move", &focus_move}}) {
            const std::string id = config.lang + "-" + config.mode;
            all.push_back({id + " " + what, id + "-" + what, &config, run});
        }
    return all;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int run(int runs, const std::string& site_dir, const std::string& screenshot_dir)
{
    const auto files = store::read_site_directory(site_dir);
    if (!files) {
        std::fprintf(stderr, "phare-bench-frame: %s\n", describe(files.error()).c_str());
        return 1;
    }
    const content::LoadedSite loaded = bundle::load_bundle_site(*files);
    if (!loaded.site) {
        std::fprintf(stderr, "phare-bench-frame: %s cannot be shown (phare-kiosk --validate tells why)\n", site_dir.c_str());
        return 1;
    }

    const sdl::FontFiles fonts = sdl::default_font_files();
    std::printf("phare-bench-frame: %dx%d, SDL software renderer, %s and %s, median of %d run(s)\n", width, height,
                fonts.latin_regular.c_str(), fonts.arabic_regular.c_str(), runs);
    const std::vector<Scenario> all = scenarios();
    std::map<std::string, std::vector<double>> times;
    std::map<std::string, std::size_t> shaped;
    for (int i = 0; i < runs; ++i)
        for (const Scenario& scenario : all) {
            Kiosk kiosk(*loaded.site, *files, *scenario.config);
            const Measure m = scenario.run(scenario.name, kiosk);
            times[scenario.name].push_back(m.us);
            shaped[scenario.name] = m.shaped;
            if (i == 0 && !screenshot_dir.empty()) {
                if (auto saved = kiosk.display->save_png(screenshot_dir + "/" + scenario.file + ".png"); !saved)
                    std::fprintf(stderr, "phare-bench-frame: %s\n", describe(saved.error()).c_str());
            }
        }
    std::printf("  %-26s %10s %17s\n", "scenario", "us/frame", "text runs shaped");
    for (const Scenario& scenario : all)
        std::printf("  %-26s %10.0f %17zu\n", scenario.name.c_str(), median(times[scenario.name]), shaped[scenario.name]);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    int runs = 20;
    std::string site_dir = std::string(PHARE_SOURCE_DIR) + "/config/sites/prefecture-44";
    std::string screenshot_dir;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 < argc && arg == "--runs")
            runs = std::max(1, std::atoi(argv[++i]));
        else if (i + 1 < argc && arg == "--site")
            site_dir = argv[++i];
        else if (i + 1 < argc && arg == "--screenshot")
            screenshot_dir = argv[++i];
        else {
            std::fprintf(stderr, "usage: phare-bench-frame [--runs N] [--site DIR] [--screenshot DIR]\n");
            return 2;
        }
    }
    // Off-screen rendering, as phare-kiosk --headless: no video device needed. No timer subsystem,
    // unlike the kiosk: its thread starts in the background and callgrind would count part of its
    // start, a different part each run, in the first measured frame.
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "phare-bench-frame: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    int code = 0;
    try {
        code = run(runs, site_dir, screenshot_dir);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "phare-bench-frame: %s\n", e.what());
        code = 1;
    }
    SDL_Quit();
    return code;
}
