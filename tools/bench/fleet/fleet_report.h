#pragma once
// The run's figures, as a report for people (stdout) and as JSON for machines (--json FILE).

#include "fleet_options.h"
#include "fleet_stats.h"

#include <nlohmann/json.hpp>

#include <string>

namespace phare::fleet {

struct RunInfo {
    std::string hub_binary;
    unsigned cores = 0;
    double provisioning_s = 0;
    double run_s = 0;
    double simulator_cpu_s = 0;
    double hub_stop_s = 0;  // SIGTERM to exit; negative: it had to be killed
    std::size_t connections_opened = 0;
    std::size_t unfinished = 0;  // calls still under way when the run ended
    double oldest_unfinished_s = 0;
};

nlohmann::json report_json(const FleetOptions& options, const RunInfo& run, const FleetStats& stats);
void print_report(const FleetOptions& options, const RunInfo& run, const FleetStats& stats);

}  // namespace phare::fleet
