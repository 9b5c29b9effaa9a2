// phare-contact-sheet: every screen of a site in one language and mode, side by side in one PNG,
// so a person can look at all of them at once (and spot what a test cannot).

#include "app/options.h"
#include "core/content/site_loader.h"
#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "platform/store/site_directory.h"
#include "core/ui/render.h"
#include "core/ui/screen_walk.h"

#include <SDL.h>
#include <SDL_image.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace phare;

namespace {

struct Arguments {
    std::string site;
    std::string lang;
    std::string modes = "standard";
    std::string out = "contact-sheet.png";
    std::string time;  // local "YYYY-MM-DDTHH:MM": pages that say "open now" say it for this minute
    int columns = 6;
    int shrink = 4;  // each screen at 1/shrink of its size; 1 to read the details
};

bool parse(int argc, char** argv, Arguments& args)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string name = argv[i];
        std::string value = argv[i + 1];
        if (name == "--site")
            args.site = value;
        else if (name == "--lang")
            args.lang = value;
        else if (name == "--mode")
            args.modes = value;
        else if (name == "--time")
            args.time = value;
        else if (name == "--out")
            args.out = value;
        else if (name == "--columns")
            args.columns = std::max(1, std::atoi(value.c_str()));
        else if (name == "--shrink")
            args.shrink = std::clamp(std::atoi(value.c_str()), 1, 8);
        else
            return false;
    }
    return !args.site.empty() && argc % 2 == 1;
}

}  // namespace

int main(int argc, char** argv)
{
    Arguments args;
    if (!parse(argc, argv, args)) {
        std::fprintf(stderr, "usage: phare-contact-sheet --site DIR [--lang CODE] [--mode MODES] [--out FILE.png] [--columns N] [--shrink N] [--time YYYY-MM-DDTHH:MM]\n");
        return 2;
    }
    auto modes = app::parse_modes(args.modes);
    if (!modes) {
        std::fprintf(stderr, "phare-contact-sheet: --mode: %s\n", modes.error().message.c_str());
        return 1;
    }
    auto files = store::read_site_directory(args.site);
    if (!files) {
        std::fprintf(stderr, "phare-contact-sheet: %s\n", describe(files.error()).c_str());
        return 1;
    }
    auto loaded = content::load_site(*files);
    if (!loaded.site) {
        for (const auto& problem : loaded.problems)
            std::fprintf(stderr, "%s\n", content::describe(problem, args.site).c_str());
        return 1;
    }
    const content::Site& site = *loaded.site;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    SDL_Init(SDL_INIT_EVENTS);
    ui::DeviceProfile device;
    auto display = sdl::Display::open_headless(device.width_px, device.height_px);
    sdl::FontSet fonts(sdl::default_font_files(), sdl::site_font(site, *files));
    sdl::TtfTextMetrics metrics(fonts);
    sdl::TextCache text(display->renderer(), fonts);
    sdl::ImageCache images(display->renderer(), *files);
    sdl::FramePainter painter(display->renderer(), text, images);

    ui::State start = ui::initial_state(args.lang.empty() ? site.default_language : args.lang, *modes);
    start.local_time = args.time;
    auto states = ui::reachable_states(site, device, metrics, start);
    const int tile_w = device.width_px / args.shrink;
    const int tile_h = device.height_px / args.shrink;
    const int columns = std::min(args.columns, static_cast<int>(states.size()));
    const int rows = (static_cast<int>(states.size()) + columns - 1) / columns;
    SDL_Surface* sheet = SDL_CreateRGBSurfaceWithFormat(0, columns * (tile_w + 8), rows * (tile_h + 8), 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_FillRect(sheet, nullptr, SDL_MapRGB(sheet->format, 128, 128, 128));
    for (std::size_t i = 0; i < states.size(); ++i) {
        painter.paint(ui::render(states[i], site, device, metrics));
        auto pixels = display->read_pixels();
        SDL_Surface* shot = SDL_CreateRGBSurfaceWithFormatFrom(pixels.data(), device.width_px, device.height_px, 32, device.width_px * 4,
                                                               SDL_PIXELFORMAT_ARGB8888);
        SDL_Rect at{static_cast<int>(i % static_cast<std::size_t>(columns)) * (tile_w + 8) + 4,
                    static_cast<int>(i / static_cast<std::size_t>(columns)) * (tile_h + 8) + 4, tile_w, tile_h};
        SDL_BlitScaled(shot, nullptr, sheet, &at);
        SDL_FreeSurface(shot);
    }
    const int written = IMG_SavePNG(sheet, args.out.c_str());
    SDL_FreeSurface(sheet);
    SDL_Quit();
    if (written != 0) {
        std::fprintf(stderr, "phare-contact-sheet: cannot write %s\n", args.out.c_str());
        return 1;
    }
    std::printf("%s: %zu screens\n", args.out.c_str(), states.size());
    return 0;
}
