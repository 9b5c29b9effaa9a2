#pragma once
// The real phare-kiosk provisioned against a real hub on loopback, as a maintainer sets one up:
// token file 0600, the hub's public key, a config file and a state folder. Shared by the e2e
// tests of sync and of crash safety.

#include "hub_fixture.h"
#include "support/spawn.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>


namespace phare::test {

namespace fs = std::filesystem;
using Json = nlohmann::json;

inline const std::string kiosk_bin = PHARE_KIOSK_BIN;
inline const std::string site = source_dir("config/sites/prefecture-44");
// The fixture hub's clock is 2026-09-21; the kiosk reads the agents' status at that date.
inline const std::string day = "2026-09-21";

inline std::string read_file(const fs::path& path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline int run(const std::string& command)
{
    INFO(command);
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A kiosk as a maintainer provisions one: token file 0600, the hub's public key, a state folder.
struct ProvisionedKiosk {
    ProvisionedKiosk(RunningHub& hub, const std::string& folder, int poll_s = 2, const std::string& kiosk = "hall") : dir(folder)
    {
        fs::create_directories(dir);
        const fs::path token = dir / "kiosk.token";
        std::ofstream(token) << hub.add_kiosk(kiosk) << "\n";
        ::chmod(token.c_str(), 0600);
        std::ofstream(dir / "kiosk.toml") << "kiosk = \"" << kiosk << "\"\nsite = \"" << site << "\"\nstate_dir = \"state\"\n"
                                          << "[hub]\nurl = \"http://127.0.0.1:" << hub.port() << "\"\ntoken_file = \"kiosk.token\"\n"
                                          << "public_key = \"" << hub.hub().public_key_hex() << "\"\npoll_interval_s = " << poll_s
                                          << "\nheartbeat_interval_s = 30\n";
    }

    // Runs a headless script; returns the exit code.
    int script(const std::string& name, const std::string& lines)
    {
        std::ofstream(dir / (name + ".script")) << lines;
        return run(kiosk_bin + " --config " + (dir / "kiosk.toml").string() + " --headless --clock " + day + "T10:00 --script " +
                   (dir / (name + ".script")).string() + " 2>" + (dir / (name + ".log")).string());
    }

    Json frame(const std::string& name) const
    {
        std::ifstream in(dir / (name + ".json"));
        return Json::parse(in);
    }

    fs::path dir;
};

// Starts the kiosk with these arguments and no display (SDL's dummy drivers), stderr to `log`;
// returns its pid.
inline pid_t spawn_kiosk(const std::vector<std::string>& arguments, const std::string& log, const std::string& home)
{
    return spawn_process(kiosk_bin, arguments, log, {"SDL_VIDEODRIVER=dummy", "SDL_AUDIODRIVER=dummy", "HOME=" + home});
}

}  // namespace phare::test
