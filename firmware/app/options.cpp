#include "app/options.h"

#include "app/kiosk_config.h"
#include "app/option_limits.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
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
           "  --double-strike-ms N  ignore a second press of the same key within N ms (default 0, off)\n"
           "  --version          print the version and exit\n"
           "exit codes: 0 done, 1 the site has errors, 2 a wrong option or a file that cannot be used,\n"
           "  3 no display, 4 a script line failed, 5 an unexpected error (logged)\n";
}

Result<ui::Modes> parse_modes(const std::string& text)
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
        else
            return fail("", "unknown mode \"" + name + "\" (use standard, large, larger, contrast, contrast-light, easy, speech)");
    }
    return modes;
}

namespace {

// The whole of `text` as a number within `range`; nullopt for "", "12junk", "-" or out of range.
std::optional<long long> whole_number(const std::string& text, limits::Range range)
{
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) || text.size() > 12)
        return std::nullopt;
    const long long number = std::stoll(text);
    if (number < range.low || number > range.high)
        return std::nullopt;
    return number;
}

// "--clock: \"2026-02-30T10:00\" is not a local time ...", or "--clock: needs a local time ..." when
// the option is the last word and has no value.
tl::unexpected<Error> refused(const std::string& option, const std::optional<std::string>& given, const std::string& expected)
{
    return fail(option, given ? "\"" + *given + "\" is not " + expected : "needs " + expected);
}

std::string whole_numbers(limits::Range range, const std::string& unit)
{
    return "a whole number of " + unit + " from " + std::to_string(range.low) + " to " + std::to_string(range.high);
}

// "YYYY-MM-DDTHH:MM" naming a minute that exists (no 2026-02-30, no 24:00).
bool is_local_minute(const std::string& text)
{
    if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':')
        return false;
    auto field = [&](std::size_t at, std::size_t size) {
        const std::string digits = text.substr(at, size);
        return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) ? std::stoi(digits) : -1;
    };
    const int year = field(0, 4), month = field(5, 2), day = field(8, 2), hour = field(11, 2), minute = field(14, 2);
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return false;
    static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

Result<Options> parse_options(int argc, char** argv)
{
    Options options;
    // The configuration file first, wherever --config stands, so that every other option overrides it.
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--config") {
            options.config_file = argv[i + 1];
            if (auto applied = apply_config_file(options.config_file, options); !applied)
                return tl::unexpected(applied.error());
        }
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc)
                return false;
            out = argv[++i];
            return true;
        };
        // The value, or nothing when the option is the last word.
        auto next = [&]() -> std::optional<std::string> {
            if (i + 1 >= argc)
                return std::nullopt;
            return std::string(argv[++i]);
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
            const bool inactivity = arg == "--inactivity-ms";
            const limits::Range range = inactivity ? limits::inactivity_ms : limits::double_strike_ms;
            const auto given = next();
            const auto ms = given ? whole_number(*given, range) : std::nullopt;
            if (!ms)
                return refused(arg, given, whole_numbers(range, "milliseconds"));
            if (inactivity)
                options.session.inactivity_ms = *ms;
            else
                options.session.double_strike_ms = *ms;
        } else if (arg == "--clock") {
            const auto given = next();
            if (!given || !is_local_minute(*given))
                return refused(arg, given, "a local time YYYY-MM-DDTHH:MM that exists, e.g. 2026-11-26T10:30");
            options.clock = *given;
        } else if (arg == "--role") {
            const auto given = next();
            if (!given || (*given != "kiosk" && *given != "board"))
                return refused(arg, given, "kiosk (visitors use it) or board (a hall display of the queue)");
            options.role = *given;
        } else if (arg == "--printer") {
            if (!value(options.printer_device))
                return fail(arg, "needs a device file, e.g. /dev/usb/lp0");
        } else if (arg == "--config") {
            if (!value(text))
                return fail(arg, "needs a value");
        } else if (arg == "--state-dir") {
            if (!value(options.state_dir))
                return fail(arg, "needs a value");
        } else if (arg == "--outbox-capacity") {
            const auto given = next();
            const auto capacity = given ? whole_number(*given, limits::outbox_capacity) : std::nullopt;
            if (!capacity)
                return refused(arg, given, whole_numbers(limits::outbox_capacity, "ratings"));
            options.outbox_capacity = *capacity;
        } else if (arg == "--speech-log" || arg == "--audio-out" || arg == "--speaker-device" || arg == "--headset-device" ||
                   arg == "--trace") {
            if (!value(text))
                return fail(arg, "needs a value");
            std::string& field = arg == "--speech-log" ? options.speech_log
                                 : arg == "--audio-out" ? options.audio_out
                                 : arg == "--speaker-device" ? options.speaker_device
                                 : arg == "--trace"          ? options.trace
                                                            : options.headset_device;
            field = text;
        } else if (arg == "--site" || arg == "--kiosk" || arg == "--lang" || arg == "--script" || arg == "--mode" || arg == "--size" ||
                   arg == "--px-per-mm") {
            if (!value(text))
                return fail(arg, "needs a value");
            if (arg == "--site")
                options.site_dir = text;
            else if (arg == "--kiosk")
                options.kiosk_id = text;
            else if (arg == "--lang")
                options.lang = text;
            else if (arg == "--script")
                options.script = text;
            else if (arg == "--mode") {
                auto modes = parse_modes(text);
                if (!modes)
                    return fail(arg, modes.error().message);
                options.modes = *modes;
            } else if (arg == "--size") {
                const auto x = text.find('x');
                const auto w = x == std::string::npos ? std::nullopt : whole_number(text.substr(0, x), limits::screen_px);
                const auto h = x == std::string::npos ? std::nullopt : whole_number(text.substr(x + 1), limits::screen_px);
                if (!w || !h)
                    return refused(arg, text, "WIDTHxHEIGHT, e.g. 1080x1920 (each from " + std::to_string(limits::screen_px.low) + " to " +
                                                  std::to_string(limits::screen_px.high) + " pixels)");
                options.width = static_cast<int>(*w);
                options.height = static_cast<int>(*h);
            } else {
                char* end = nullptr;
                options.px_per_mm = std::strtod(text.c_str(), &end);
                if (text.empty() || *end != '\0' || !(options.px_per_mm >= limits::px_per_mm_low && options.px_per_mm <= limits::px_per_mm_high))
                    return refused(arg, text, "a number from 1 to 40");
            }
        } else {
            return fail(arg, "unknown option");
        }
    }
    if (options.headless && options.windowed)
        return fail("--headless", "excludes --windowed: draw off-screen, or in a window");
    if (!options.show_help && options.site_dir.empty())
        return fail("--site", "missing: a site folder is required (or a configuration file with site = \"DIR\")");
    return options;
}

}  // namespace phare::app
