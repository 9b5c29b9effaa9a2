#include "app/maintenance_info.h"

#include <chrono>
#include <ctime>

namespace phare::app {

namespace {

// Wall-clock "HH:MM:SS" of a moment the worker measured on the steady clock.
std::string clock_time_of(std::chrono::steady_clock::time_point when)
{
    const auto ago = std::chrono::steady_clock::now() - when;
    const std::time_t then = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() -
                                                                   std::chrono::duration_cast<std::chrono::system_clock::duration>(ago));
    std::tm local{};
    localtime_r(&then, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &local);
    return text;
}

}  // namespace

ui::MaintenanceInfo maintenance_info(const std::string& kiosk_id, const LiveContent& shown, const HubLink* hub)
{
    ui::MaintenanceInfo info;
    info.kiosk = kiosk_id;
    info.content = shown.version > 0 ? "version " + std::to_string(shown.version) : shown.origin;
    if (!hub)
        return info;
    const NetStatus status = hub->status();
    info.hub = status.hub_reachable ? ui::HubState::Reachable : ui::HubState::Unreachable;
    if (status.last_sync_ok_at)
        info.last_sync = clock_time_of(*status.last_sync_ok_at);
    info.last_error = status.last_error;
    info.backlog = status.backlog;
    info.dropped = status.dropped;
    info.rejected = status.rejected;
    // Off when live_channel = false: the worker then never asks (no polls, no error).
    if (status.live_connected)
        info.live = ui::LiveState::Connected;
    else if (!status.live_error.empty())
        info.live = ui::LiveState::Down;
    return info;
}

}  // namespace phare::app
