// The real phare-kiosk binary in a real window on a virtual X display (Xvfb), driven by a script:
// what the window shows must be what the headless renderer shows, and a tap must act.

#include "support/site_files.h"

#include <SDL.h>
#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const std::string kiosk = PHARE_KIOSK_BIN;
const std::string site = phare::test::source_path("config/sites/prefecture-44");

fs::path temp_dir()
{
    fs::path dir = fs::temp_directory_path() / ("phare-e2e-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

int run(const std::string& command)
{
    INFO(command);
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

Json read_json(const fs::path& path)
{
    std::ifstream in(path);
    return Json::parse(in);
}

// Through rdbuf(): GCC 12 reports a false null dereference in std::string(istreambuf_iterator).
std::string read_text(const fs::path& path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Mean absolute difference per channel, 0..255.
double mean_difference(const fs::path& a, const fs::path& b)
{
    SDL_Surface* sa = IMG_Load(a.c_str());
    SDL_Surface* sb = IMG_Load(b.c_str());
    REQUIRE(sa);
    REQUIRE(sb);
    SDL_Surface* ca = SDL_ConvertSurfaceFormat(sa, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_Surface* cb = SDL_ConvertSurfaceFormat(sb, SDL_PIXELFORMAT_ARGB8888, 0);
    REQUIRE(ca->w == cb->w);
    REQUIRE(ca->h == cb->h);
    double total = 0;
    for (int y = 0; y < ca->h; ++y) {
        auto* ra = reinterpret_cast<const std::uint8_t*>(ca->pixels) + y * ca->pitch;
        auto* rb = reinterpret_cast<const std::uint8_t*>(cb->pixels) + y * cb->pitch;
        for (int x = 0; x < ca->w * 4; ++x)
            if (x % 4 != 3)
                total += std::abs(ra[x] - rb[x]);
    }
    double mean = total / (ca->w * ca->h * 3.0);
    for (SDL_Surface* s : {sa, sb, ca, cb})
        SDL_FreeSurface(s);
    return mean;
}

}  // namespace

TEST_CASE("a tap in the real window opens the service page, drawn as the headless renderer draws it", "[e2e]")
{
    const fs::path dir = temp_dir();
    write(dir / "look.script", "frame " + (dir / "welcome.json").string() + "\nscreenshot " + (dir / "welcome.png").string() + "\n");
    REQUIRE(run(kiosk + " --site " + site + " --headless --script " + (dir / "look.script").string()) == 0);
    Json welcome = read_json(dir / "welcome.json");
    CHECK(welcome["screen"] == "welcome");
    CHECK(welcome["size"] == Json::array({1080, 1920}));
    Json target;
    for (const auto& element : welcome["elements"])
        if (element["id"].get<std::string>().rfind("service.", 0) == 0) {
            target = element;
            break;
        }
    REQUIRE(target.is_object());
    const int x = target["rect"][0].get<int>() + target["rect"][2].get<int>() / 2;
    const int y = target["rect"][1].get<int>() + target["rect"][3].get<int>() / 2;

    // The headless kiosk is given the tap; the window gets a real click from the X server, which
    // SDL turns into events and the input map into a tap. The click waits for the kiosk's last
    // start-up step (its trace), so it never lands while the window is still settling; the
    // window's script then waits (in real time, events flowing) long enough for it to arrive.
    write(dir / "headless.script", "tap " + std::to_string(x) + " " + std::to_string(y) + "\nwait 200\nscreenshot " +
                                       (dir / "headless.png").string() + "\nquit\n");
    write(dir / "window.script", "wait 8000\nscreenshot " + (dir / "window.png").string() + "\nframe " + (dir / "window.json").string() +
                                     "\nquit\n");
    REQUIRE(run(kiosk + " --site " + site + " --headless --script " + (dir / "headless.script").string()) == 0);
    const std::string trace = (dir / "trace.jsonl").string();
    write(dir / "click.sh", kiosk + " --site " + site + " --trace " + trace + " --script " + (dir / "window.script").string() +
                                " & kiosk=$!\n"
                                "until grep -q 'speech and audio ready' " + trace + " 2>/dev/null || ! kill -0 $kiosk 2>/dev/null; do sleep 0.1; done\n"
                                "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click 1\n"
                                "wait $kiosk\n");
    REQUIRE(run("xvfb-run -a -s '-screen 0 1080x1920x24' sh " + (dir / "click.sh").string()) == 0);

    Json shown = read_json(dir / "window.json");
    CHECK(shown["screen"] == "service");
    CHECK(mean_difference(dir / "window.png", dir / "headless.png") < 1.0);
    CHECK(mean_difference(dir / "window.png", dir / "welcome.png") > 5.0);
    fs::remove_all(dir);
}

TEST_CASE("without a display the kiosk says so and how to run headless", "[e2e]")
{
    const fs::path dir = temp_dir();
    const fs::path log = dir / "stderr.txt";
    int code = run("env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11 " + kiosk + " --site " + site + " 2>" + log.string());
    CHECK(code == 3);
    CHECK(read_text(log).find("--headless") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("the kiosk prints its version, and its help says what each exit code means", "[e2e]")
{
    const fs::path dir = temp_dir();
    CHECK(run(kiosk + " --version >" + (dir / "version.txt").string()) == 0);
    std::ifstream version(dir / "version.txt");
    std::string line;
    std::getline(version, line);
    CHECK(line == "phare-kiosk " PHARE_VERSION_TEXT);
    CHECK(run(kiosk + " --help >" + (dir / "help.txt").string()) == 0);
    std::ifstream help(dir / "help.txt");
    std::ostringstream text;
    text << help.rdbuf();
    CHECK(text.str().find("3 no display, 4 a script line failed, 5 an unexpected error") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("a broken site is refused with an error naming the file", "[e2e]")
{
    const fs::path dir = temp_dir();
    fs::copy(site, dir / "site", fs::copy_options::recursive);
    write(dir / "site" / "services.json", "{\"services\": [ {\"id\": 3} ]}");
    const fs::path log = dir / "stderr.txt";
    int code = run(kiosk + " --site " + (dir / "site").string() + " --headless --script /dev/null 2>" + log.string());
    CHECK(code == 1);
    CHECK(read_text(log).find("services.json:/services/0/id: expected text, found a number") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("in the real window the chrome's icons are drawn in their button's text colour, in dark contrast too", "[e2e][assets]")
{
    const fs::path dir = temp_dir();
    for (const char* mode : {"standard", "contrast"}) {
        INFO(mode);
        const fs::path frame = dir / (std::string(mode) + ".json");
        const fs::path shot = dir / (std::string(mode) + ".png");
        write(dir / "look.script", "wait 1000\nframe " + frame.string() + "\nscreenshot " + shot.string() + "\nquit\n");
        REQUIRE(run("xvfb-run -a -s '-screen 0 1080x1920x24' " + kiosk + " --site " + site + " --mode " + mode + " --script " +
                    (dir / "look.script").string()) == 0);
        SDL_Surface* loaded = IMG_Load(shot.c_str());
        REQUIRE(loaded);
        SDL_Surface* pixels = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_ARGB8888, 0);
        int icons = 0;
        const Json shown = read_json(frame);
        for (const auto& element : shown["elements"]) {
            if (!element.contains("image") || element["image"].get<std::string>().rfind("asset:", 0) != 0)
                continue;
            INFO(element["id"].get<std::string>());
            ++icons;
            const auto fg = static_cast<std::uint32_t>(std::stoul(element["fg"].get<std::string>().substr(1), nullptr, 16));
            const auto& r = element["rect"];
            int in_colour = 0;
            for (int y = r[1].get<int>(); y < r[1].get<int>() + r[3].get<int>(); ++y)
                for (int x = r[0].get<int>(); x < r[0].get<int>() + r[2].get<int>(); ++x) {
                    auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(pixels->pixels) + y * pixels->pitch);
                    in_colour += (row[x] & 0xFFFFFFu) == fg ? 1 : 0;
                }
            CHECK(in_colour > r[2].get<int>() * r[3].get<int>() / 16);
        }
        CHECK(icons == 2);  // the welcome screen: accessibility and help
        SDL_FreeSurface(pixels);
        SDL_FreeSurface(loaded);
    }
    fs::remove_all(dir);
}

TEST_CASE("a site font that is missing or unreadable stops the kiosk with the file and its place named", "[e2e][assets]")
{
    const fs::path dir = temp_dir();
    fs::copy(site, dir / "site", fs::copy_options::recursive);
    Json site_json = read_json(dir / "site" / "site.json");
    site_json["font"] = {{"regular", "media/fonts/own.ttf"}};
    write(dir / "site" / "site.json", site_json.dump(2));
    const fs::path log = dir / "stderr.txt";
    const std::string start = kiosk + " --site " + (dir / "site").string() + " --headless --script /dev/null 2>" + log.string();
    CHECK(run(start) == 1);
    CHECK(read_text(log).find("site.json:/font/regular: media/fonts/own.ttf does not exist") != std::string::npos);
    // Looks like a TrueType file to the validator; only opening it tells.
    fs::create_directories(dir / "site" / "media" / "fonts");
    write(dir / "site" / "media" / "fonts" / "own.ttf", std::string("\0\1\0\0", 4) + std::string(100, 'x'));
    CHECK(run(start) == 2);
    CHECK(read_text(log).find("site.json:/font/regular (media/fonts/own.ttf): SDL_ttf cannot open this font") != std::string::npos);
    fs::remove_all(dir);
}
