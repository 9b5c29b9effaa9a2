// The configuration file a maintainer writes: the example is valid, values land where they should,
// command-line options override the file, and every mistake names the file, line and column.

#include "app/kiosk_config.h"
#include "app/options.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using phare::app::parse_options;

struct ConfigFile {
    explicit ConfigFile(const std::string& text)
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "phare-config-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        folder = pattern;
        path = folder + "/kiosk.toml";
        std::ofstream(path) << text;
    }
    ~ConfigFile() { std::filesystem::remove_all(folder); }
    std::string folder;
    std::string path;
};

phare::Result<phare::app::Options> parse(const std::vector<std::string>& args)
{
    std::string program = "phare-kiosk";
    std::vector<std::string> copies(args);
    std::vector<char*> argv{program.data()};
    for (std::string& arg : copies)
        argv.push_back(arg.data());
    return parse_options(static_cast<int>(argv.size()), argv.data());
}

const std::string key(64, 'a');

// What the kiosk prints for a refused command line or file; "" when it was accepted.
template<class T>
std::string error_of(const phare::Result<T>& result)
{
    return result ? "" : describe(result.error());
}

}  // namespace

TEST_CASE("the example configuration in config/ is valid and says what it says")
{
    auto parsed = parse({"--config", std::string(PHARE_SOURCE_DIR) + "/config/kiosk.example.toml"});
    REQUIRE(error_of(parsed) == "");
    const auto& options = *parsed;
    CHECK(options.kiosk_id == "hall");
    CHECK(options.site_dir == "/usr/share/phare/sites/prefecture-44");
    CHECK(options.hub_url == "https://hub.prefecture-44.example");
    CHECK(options.hub_public_key.size() == 64);
    CHECK(options.poll_interval_s == 15);
    CHECK(options.live_channel);
    CHECK(options.width == 1080);
    CHECK(options.height == 1920);
    CHECK(options.px_per_mm == Approx(4.03));
    CHECK(options.outbox_capacity == 10000);
}

TEST_CASE("relative paths are taken from the configuration file's folder, the command line overrides")
{
    ConfigFile config("kiosk = \"etage-2\"\nsite = \"sites/x\"\nstate_dir = \"state\"\n"
                      "[hub]\nurl = \"http://127.0.0.1:8460/\"\ntoken_file = \"token\"\npublic_key = \"" + key + "\"\n"
                      "[display]\nmodes = \"large,contrast\"\npx_per_mm = 5\n");
    auto parsed = parse({"--kiosk", "hall", "--config", config.path});
    REQUIRE(error_of(parsed) == "");
    CHECK(parsed->kiosk_id == "hall");  // the command line wins wherever it stands
    CHECK(parsed->site_dir == config.folder + "/sites/x");
    CHECK(parsed->state_dir == config.folder + "/state");
    CHECK(parsed->token_file == config.folder + "/token");
    CHECK(parsed->hub_url == "http://127.0.0.1:8460");  // trailing slash dropped
    CHECK(parsed->modes.text_size == phare::ui::TextSize::Large);
    CHECK(parsed->modes.contrast == phare::ui::Contrast::Dark);
    CHECK(parsed->px_per_mm == Approx(5.0));

    auto overridden = parse({"--config", config.path, "--site", "/elsewhere", "--mode", "standard"});
    REQUIRE(error_of(overridden) == "");
    CHECK(overridden->site_dir == "/elsewhere");
    CHECK(overridden->modes == phare::ui::Modes{});
}

TEST_CASE("every mistake in the configuration names the file, the line and column, and what is wrong")
{
    struct Case {
        std::string text;
        std::string expected;  // after "<path>:"
    };
    const std::vector<Case> cases{
        {"site = \"s\"\n[hub]\npoll_interval_s = 1\n", "3:19: hub.poll_interval_s must be a whole number from 2 to 86400"},
        {"site = \"s\"\n[hub]\nlive_channel = \"no\"\n", "3:16: hub.live_channel must be true or false (without quotes)"},
        {"site = \"s\"\nkiosque = \"hall\"\n", "2:11: unknown key \"kiosque\""},
        {"site = \"s\"\n[display]\ncolour = 1\n", "3:10: unknown key \"display.colour\""},
        {"site = \"s\"\n[hub]\nurl = \"ftp://x\"\n", "3:7: hub.url must start with https://"},
        {"site = \"s\"\n[hub]\npublic_key = \"abc\"\n", "3:14: hub.public_key must be the hub's public key"},
        {"site = \"s\"\n[display]\nmodes = \"huge\"\n", "3:9: display.modes: unknown mode \"huge\""},
        {"site = \"s\"\nkiosk = \"Hall 1\"\n", "2:9: kiosk must be a short id"},
        {"site = \"s\"\nhub = 3\n", "2:7: [hub] must be a table"},
        {"site = \"s\n", "1:"},  // TOML syntax: the parser's own sentence, placed
        {"site = \"s\"\n[hub]\nurl = \"https://h\"\ntoken_file = \"t\"\n", "[hub] url is set but hub.public_key is not"},
    };
    for (const Case& c : cases) {
        ConfigFile config(c.text);
        auto parsed = parse({"--config", config.path});
        INFO(c.text);
        CHECK_FALSE(parsed);
        CHECK(error_of(parsed).rfind(config.path + (c.expected[0] == '[' ? ": " : ":") + c.expected, 0) == 0);
    }
}

TEST_CASE("the live channel is on unless [hub] live_channel = false")
{
    ConfigFile on("site = \"s\"\n[hub]\n");
    auto parsed = parse({"--config", on.path});
    REQUIRE(error_of(parsed) == "");
    CHECK(parsed->live_channel);
    ConfigFile off("site = \"s\"\n[hub]\nlive_channel = false\n");
    parsed = parse({"--config", off.path});
    REQUIRE(error_of(parsed) == "");
    CHECK_FALSE(parsed->live_channel);
}

TEST_CASE("the configuration's text reads as its file does, and its errors name the file given")
{
    const std::string text = "kiosk = \"etage-2\"\nsite = \"sites/x\"\n[display]\nwidth = 800\n";
    ConfigFile config(text);
    phare::app::Options from_file;
    phare::app::Options from_text;
    REQUIRE(error_of(phare::app::apply_config_file(config.path, from_file)) == "");
    REQUIRE(error_of(phare::app::apply_config_text(text, config.path, from_text)) == "");
    CHECK(from_text.kiosk_id == from_file.kiosk_id);
    CHECK(from_text.site_dir == config.folder + "/sites/x");
    CHECK(from_text.width == 800);

    phare::app::Options options;
    CHECK(error_of(phare::app::apply_config_text("[display]\nwidth = 0\n", "/etc/phare/kiosk.toml", options)) ==
          "/etc/phare/kiosk.toml:2:9: display.width must be a whole number from 320 to 8192");
    auto syntax = phare::app::apply_config_text("site = \"s\n", "/etc/phare/kiosk.toml", options);
    REQUIRE_FALSE(syntax);
    CHECK(syntax.error().where.starts_with("/etc/phare/kiosk.toml:1:"));
}

TEST_CASE("a missing configuration file is named")
{
    auto parsed = parse({"--config", "/nonexistent/kiosk.toml"});
    CHECK_FALSE(parsed);
    CHECK(error_of(parsed) == "/nonexistent/kiosk.toml: cannot read the configuration file (no such file)");
}

TEST_CASE("the hall display role and the receipt printer are set in the file or on the command line", "[app][config][queue]")
{
    ConfigFile config("site = \"site\"\nrole = \"board\"\n[printer]\ndevice = \"lp0\"\n");
    auto parsed = parse({"--config", config.path});
    INFO(error_of(parsed));
    REQUIRE(parsed);
    CHECK(parsed->role == "board");
    CHECK(parsed->printer_device == config.folder + "/lp0");  // relative to the file's folder
    auto overridden = parse({"--config", config.path, "--role", "kiosk", "--printer", "/dev/usb/lp1"});
    REQUIRE(overridden);
    CHECK(overridden->role == "kiosk");
    CHECK(overridden->printer_device == "/dev/usb/lp1");
    ConfigFile wrong("role = \"hall\"\n");
    auto refused = parse({"--config", wrong.path});
    REQUIRE_FALSE(refused);
    CHECK(error_of(refused).find("kiosk.toml:1:8: role must be \"kiosk\"") != std::string::npos);
    auto bad_flag = parse({"--site", "x", "--role", "wall"});
    REQUIRE_FALSE(bad_flag);
    CHECK(error_of(bad_flag) == "--role: \"wall\" is not kiosk (visitors use it) or board (a hall display of the queue)");
}

TEST_CASE("the command line refuses what the kiosk cannot use, with the file's limits", "[app][config]")
{
    struct Case {
        std::vector<std::string> args;
        std::string expected;
    };
    const std::vector<Case> refused{
        {{"--clock", "2026-13-45T99:99"}, "--clock: \"2026-13-45T99:99\" is not a local time YYYY-MM-DDTHH:MM that exists"},
        {{"--clock", "2026-02-29T10:00"}, "--clock: \"2026-02-29T10:00\" is not a local time"},  // 2026 is not a leap year
        {{"--clock"}, "--clock: needs a local time YYYY-MM-DDTHH:MM that exists"},
        {{"--size", "1080x1920junk"}, "--size: \"1080x1920junk\" is not WIDTHxHEIGHT"},
        {{"--size", "1080x"}, "--size: \"1080x\" is not WIDTHxHEIGHT"},
        {{"--headless", "--windowed"}, "--headless: excludes --windowed"},
        {{"--double-strike-ms", ""}, "--double-strike-ms: \"\" is not a whole number of milliseconds from 0 to 10000"},
        {{"--double-strike-ms", "20000"}, "--double-strike-ms: \"20000\" is not a whole number of milliseconds from 0 to 10000"},
        {{"--double-strike-ms"}, "--double-strike-ms: needs a whole number of milliseconds from 0 to 10000"},
        {{"--inactivity-ms", "60s"}, "--inactivity-ms: \"60s\" is not a whole number of milliseconds from 5000 to 86400000"},
        {{"--outbox-capacity", "-5"}, "--outbox-capacity: \"-5\" is not a whole number of ratings from 10 to 10000000"},
        {{"--px-per-mm", ""}, "--px-per-mm: \"\" is not a number from 1 to 40"},
        {{"--mode", "huge"}, "--mode: unknown mode \"huge\""},
        {{"--bright"}, "--bright: unknown option"},
    };
    for (const Case& c : refused) {
        std::vector<std::string> args{"--site", "s"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        auto parsed = parse(args);
        INFO(c.args.front() << " " << (c.args.size() > 1 ? c.args[1] : "") << ": " << error_of(parsed));
        CHECK_FALSE(parsed);
        CHECK(error_of(parsed).rfind(c.expected, 0) == 0);
    }
    // The same limit in kiosk.toml and on the command line: 10000 is accepted by both.
    ConfigFile config("site = \"s\"\n[session]\ndouble_strike_ms = 10000\n");
    auto from_file = parse({"--config", config.path});
    REQUIRE(from_file);
    CHECK(from_file->session.double_strike_ms == 10000);
    auto from_line = parse({"--site", "s", "--double-strike-ms", "10000", "--clock", "2028-02-29T23:59", "--size", "800x1280"});
    REQUIRE(from_line);
    CHECK(from_line->session.double_strike_ms == 10000);
    CHECK(from_line->clock == "2028-02-29T23:59");
    CHECK(from_line->width == 800);
    CHECK(from_line->height == 1280);
}

TEST_CASE("a refused option is named as where, apart from what is wrong with its value", "[app][config]")
{
    auto clock = parse({"--site", "s", "--clock", "26/11/2026"});
    REQUIRE_FALSE(clock);
    CHECK(clock.error().where == "--clock");
    CHECK(clock.error().message.starts_with("\"26/11/2026\" is not a local time"));
    auto no_site = parse({"--headless"});
    REQUIRE_FALSE(no_site);
    CHECK(no_site.error().where == "--site");
    ConfigFile config("site = \"s\"\n[display]\nwidth = 0\n");
    auto in_file = parse({"--config", config.path});
    REQUIRE_FALSE(in_file);
    CHECK(in_file.error().where == config.path + ":3:9");  // the file, line and column
    CHECK(in_file.error().message == "display.width must be a whole number from 320 to 8192");
}
