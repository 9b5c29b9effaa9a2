#pragma once
// phare-fleet-sim's command line. Every figure has a bound, so a run always ends by itself.

#include "core/error.h"

#include <cstddef>
#include <string>
#include <vector>

namespace phare::fleet {

struct FleetOptions {
    std::size_t kiosks = 100;
    double duration_s = 120;
    double poll_s = 15;        // manifest poll with If-None-Match
    double heartbeat_s = 60;
    double feedback_s = 180;   // mean time between rating batches, each interval drawn from 0.5x to 1.5x
    double ramp_s = -1;        // kiosks start spread uniformly over this; negative: one poll interval
    int events = 3;            // content publications by an agent during the run
    // A kiosk told of new content fetches the manifest within this; the real kiosk does it at once
    // (docs/sync.md, "The live channel"), hence 0.
    double sync_jitter_s = 0;
    double timeout_s = 30;     // the kiosk's request timeout
    int max_wait_s = 25;       // longest live-channel wait a kiosk asks for
    std::size_t sources = 249;  // loopback source addresses the kiosks are spread over
    std::size_t slowloris = 0;
    double slowloris_byte_s = 3;  // one header byte this often
    int port = 0;                 // 0: a free port
    std::string hub_binary;       // empty: phare-hub next to this program
    std::string site_dir = "config/sites/prefecture-44";
    std::string data_dir;   // empty: a new temporary folder, removed at the end
    std::string json_path;  // empty: no JSON report
    bool help = false;
};

// An error's `where` is the option ("--kiosks").
Result<FleetOptions> parse_fleet_options(const std::vector<std::string>& args);
std::string fleet_usage();

}  // namespace phare::fleet
