#include "fleet_context.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace phare::fleet {

FleetContext::FleetContext(boost::asio::io_context& io_context, boost::asio::ip::tcp::endpoint hub_endpoint,
                           const FleetOptions& fleet_options, std::string site_id, FleetStats& fleet_stats)
    : io(io_context), hub(std::move(hub_endpoint)), options(fleet_options), site(std::move(site_id)), stats(fleet_stats)
{
}

double FleetContext::seconds_since_start() const { return std::chrono::duration<double>(SteadyClock::now() - origin).count(); }

double FleetContext::uniform(double low, double high) { return std::uniform_real_distribution<double>(low, high)(random); }

std::shared_ptr<const ManifestInfo> FleetContext::manifest(const std::string& etag, const std::string& body)
{
    if (auto it = m_manifests.find(etag); it != m_manifests.end() && !etag.empty())
        return it->second;
    auto json = nlohmann::json::parse(body, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("version") || !json["version"].is_number_integer())
        return nullptr;
    auto info = std::make_shared<ManifestInfo>();
    info->version = json["version"].get<int>();
    info->etag = etag;
    if (json.contains("files") && json["files"].is_array())
        for (const auto& file : json["files"])
            if (file.is_object() && file.contains("sha256") && file["sha256"].is_string())
                info->blobs.push_back(file["sha256"].get<std::string>());
    std::sort(info->blobs.begin(), info->blobs.end());
    info->blobs.erase(std::unique(info->blobs.begin(), info->blobs.end()), info->blobs.end());
    m_manifests[etag] = info;
    return info;
}

void FleetContext::note_content(std::size_t index, int version, bool via_live)
{
    const double now = seconds_since_start();
    auto mark = [&](Delivery& delivery) {
        if (index >= delivery.receipt_ms.size() || delivery.receipt_ms[index] >= 0 || delivery.published_at_s > now)
            return;
        delivery.receipt_ms[index] = static_cast<float>((now - delivery.published_at_s) * 1000.0);
        delivery.via_live[index] = via_live ? 1 : 0;
    };
    if (version > 0) {
        // A kiosk at version V has every publication up to V, even one it never heard of.
        // An event may outrun the agent's own answer (version still 0): it can only be that one.
        for (auto& delivery : stats.deliveries)
            if ((delivery.version > 0 && delivery.version <= version) || (via_live && delivery.version == 0 && delivery.error.empty()))
                mark(delivery);
        return;
    }
    // An event that does not name its version: the latest publication already started.
    for (auto it = stats.deliveries.rbegin(); it != stats.deliveries.rend(); ++it)
        if (it->published_at_s <= now) {
            mark(*it);
            return;
        }
}

std::string FleetContext::current_hour()
{
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:00:00Z", &utc);
    return text;
}

}  // namespace phare::fleet
