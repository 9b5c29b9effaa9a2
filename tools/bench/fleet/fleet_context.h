#pragma once
// What every simulated kiosk shares: the hub's address, the options, the figures being collected,
// the manifests already seen (parsed once, not once per kiosk) and the random generator.

#include "fleet_options.h"
#include "fleet_stats.h"
#include "http_client.h"

#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace phare::fleet {

struct ManifestInfo {
    int version = 0;
    std::string etag;
    std::vector<std::string> blobs;  // sorted SHA-256 names
};

class FleetContext {
public:
    FleetContext(boost::asio::io_context& io, boost::asio::ip::tcp::endpoint hub, const FleetOptions& options, std::string site,
                 FleetStats& stats);

    boost::asio::io_context& io;
    const boost::asio::ip::tcp::endpoint hub;
    const FleetOptions& options;
    const std::string site;
    FleetStats& stats;
    SteadyClock::time_point origin = SteadyClock::now();  // the run starts here (reset after set-up)
    bool stopping = false;
    std::mt19937_64 random{20261201};

    double seconds_since_start() const;
    double uniform(double low, double high);
    // The manifest an answer carries, parsed once per ETag; nullptr if the body is not a manifest.
    std::shared_ptr<const ManifestInfo> manifest(const std::string& etag, const std::string& body);
    // Kiosk `index` learnt of manifest `version` (0: unknown, meaning the latest publication).
    void note_content(std::size_t index, int version, bool via_live);
    // "YYYY-MM-DDTHH:00:00Z", the hour ratings carry.
    static std::string current_hour();

private:
    std::map<std::string, std::shared_ptr<const ManifestInfo>> m_manifests;
};

}  // namespace phare::fleet
