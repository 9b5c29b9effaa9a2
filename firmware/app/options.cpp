#include "app/options.h"

#include "app/kiosk_config.h"

#include <cstdlib>
#include <sstream>

namespace phare::app {

std::string usage()
{
    return "usage: phare-kiosk --site DIR [options]   or   phare-kiosk --config FILE [options]\n"
           "  --config FILE      the kiosk's configuration: site, hub, keys, screen (config/kiosk.example.toml);\n"
           "                     options given on the command line override it\n"
           "  --site DIR         site folder (see docs/site-format.md); with a hub, what a fresh kiosk starts from\n"
           "  --kiosk ID         which kiosk of the site this is (default: the first)\n"
           "  --lang CODE        starting language (default: the site's default)\n"
           "  --mode MODES       comma-separated: standard, large, larger, contrast, contrast-light, easy, speech\n"
           "  --size WxH         screen size in pixels (default 1080x1920, portrait)\n"
           "  --px-per-mm N      the panel's pixel density (default 4.03, a 21.5\" 1080p panel)\n"
           "  --headless         draw off-screen, no display needed\n"
           "  --windowed         a normal window scaled to the desktop (for developers)\n"
           "  --script FILE      replay input and capture output (see README.md, Scripts)\n"
           "  --speech-log FILE  write one JSON line per speech event (see docs/speech.md)\n"
           "  --audio-out FILE   record what the audio device would play to a WAV file\n"
           "  --trace FILE       benchmarks: one JSON line per frame presented and utterance started (monotonic us)\n"
           "  --speaker-device NAME, --headset-device NAME  SDL audio outputs (default: the system's)\n"
           "  --validate         check the site, print every problem and exit (0 if it has no error)\n"
           "  --role kiosk|board  board: a hall display of the queue (large type, calls announced, no input)\n"
           "  --printer FILE     a receipt printer's device file (ESC/POS) for queue tickets, e.g. /dev/usb/lp0\n"
           "  --clock YYYY-MM-DDTHH:MM  pin the local time the agents' notices and closures are read at\n"
           "  --state-dir DIR    where ratings wait for the hub (default: $XDG_STATE_HOME/phare or ~/.local/state/phare)\n"
           "  --outbox-capacity N  ratings kept at most before the oldest are dropped (default 10000)\n"
           "  --inactivity-ms N  warn after N ms without input (default 60000), reset 30 s later\n"
           "  --double-strike-ms N  ignore a second press of the same key within N ms (default 0, off)\n";
}

std::optional<ui::Modes> parse_modes(const std::string& text, std::string& error)
{
    ui::Modes modes;
    std::stringstream stream(text);
    std::string name;
    while (std::getline(stream, name, ',')) {
        if (name == "standard" || name.empty())
            continue;
        if (name == "large")
            modes.text_size = ui::TextSize::Large;
        else if (name == "larger")
            modes.text_size = ui::TextSize::Larger;
        else if (name == "contrast")
            modes.contrast = ui::Contrast::Dark;
        else if (name == "contrast-light")
            modes.contrast = ui::Contrast::Light;
        else if (name == "easy")
            modes.easy_read = true;
        else if (name == "speech")
            modes.speech = true;
        else {
            error = "unknown mode \"" + name + "\" (use standard, large, larger, contrast, contrast-light, easy, speech)";
            return std::nullopt;
        }
    }
    return modes;
}

ParsedOptions parse_options(int argc, char** argv)
{
    Options options;
    auto fail = [](std::string message) { return ParsedOptions{std::nullopt, std::move(message)}; };
    // The configuration file first, wherever --config stands, so that every other option overrides it.
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--config") {
            options.config_file = argv[i + 1];
            if (std::string error = apply_config_file(options.config_file, options); !error.empty())
                return fail(error);
        }
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc)
                return false;
            out = argv[++i];
            return true;
        };
        std::string text;
        if (arg == "--help" || arg == "-h") {
            options.show_help = true;
        } else if (arg == "--headless") {
            options.headless = true;
        } else if (arg == "--windowed") {
            options.windowed = true;
        } else if (arg == "--validate") {
            options.validate_only = true;
        } else if (arg == "--inactivity-ms" || arg == "--double-strike-ms") {
            if (!value(text))
                return fail(arg + " needs a value");
            char* end = nullptr;
            long long ms = std::strtoll(text.c_str(), &end, 10);
            if (*end != '\0' || ms < 0 || ms > 24LL * 3600 * 1000 || (arg == "--inactivity-ms" && ms < 5000))
                return fail(arg + " takes milliseconds (inactivity at least 5000)");
            if (arg == "--inactivity-ms")
                options.session.inactivity_ms = ms;
            else
                options.session.double_strike_ms = ms;
        } else if (arg == "--clock") {
            if (!value(options.clock) || options.clock.size() != 16 || options.clock[10] != 'T')
                return fail("--clock takes a local time YYYY-MM-DDTHH:MM, e.g. 2026-11-26T10:30");
        } else if (arg == "--role") {
            if (!value(options.role) || (options.role != "kiosk" && options.role != "board"))
                return fail("--role takes kiosk (visitors use it) or board (a hall display of the queue)");
        } else if (arg == "--printer") {
            if (!value(options.printer_device))
                return fail(arg + " needs a device file, e.g. /dev/usb/lp0");
        } else if (arg == "--config") {
            if (!value(text))
                return fail(arg + " needs a value");
        } else if (arg == "--state-dir") {
            if (!value(options.state_dir))
                return fail(arg + " needs a value");
        } else if (arg == "--outbox-capacity") {
            if (!value(text))
                return fail(arg + " needs a value");
            char* end = nullptr;
            options.outbox_capacity = std::strtoll(text.c_str(), &end, 10);
            if (*end != '\0' || options.outbox_capacity < 10 || options.outbox_capacity > 10000000)
                return fail("--outbox-capacity takes a number of ratings from 10 to 10000000");
        } else if (arg == "--speech-log" || arg == "--audio-out" || arg == "--speaker-device" || arg == "--headset-device" ||
                   arg == "--trace") {
            if (!value(text))
                return fail(arg + " needs a value");
            std::string& field = arg == "--speech-log" ? options.speech_log
                                 : arg == "--audio-out" ? options.audio_out
                                 : arg == "--speaker-device" ? options.speaker_device
                                 : arg == "--trace"          ? options.trace
                                                            : options.headset_device;
            field = text;
        } else if (arg == "--site" || arg == "--kiosk" || arg == "--lang" || arg == "--script" || arg == "--mode" || arg == "--size" ||
                   arg == "--px-per-mm") {
            if (!value(text))
                return fail(arg + " needs a value");
            if (arg == "--site")
                options.site_dir = text;
            else if (arg == "--kiosk")
                options.kiosk_id = text;
            else if (arg == "--lang")
                options.lang = text;
            else if (arg == "--script")
                options.script = text;
            else if (arg == "--mode") {
                std::string error;
                auto modes = parse_modes(text, error);
                if (!modes)
                    return fail(error);
                options.modes = *modes;
            } else if (arg == "--size") {
                int w = 0, h = 0;
                char x = 0;
                std::stringstream stream(text);
                if (!(stream >> w >> x >> h) || x != 'x' || w < 320 || h < 320 || w > 8192 || h > 8192)
                    return fail("--size takes WIDTHxHEIGHT, e.g. 1080x1920 (320 to 8192 pixels)");
                options.width = w;
                options.height = h;
            } else {
                char* end = nullptr;
                options.px_per_mm = std::strtod(text.c_str(), &end);
                if (*end != '\0' || options.px_per_mm < 1 || options.px_per_mm > 40)
                    return fail("--px-per-mm takes a number from 1 to 40");
            }
        } else {
            return fail("unknown option " + arg);
        }
    }
    if (!options.show_help && options.site_dir.empty())
        return fail("--site DIR (or a configuration file with site = \"DIR\") is required");
    return {options, {}};
}

}  // namespace phare::app
