#include "core/ui/screens/screens.h"

namespace phare::ui::screens {

// For the technician who plugs a keyboard in and presses F12: is the content current, is the hub
// there, did anything fail, are ratings waiting or lost. One fact a line, readable and spoken like
// every other screen; Back leaves it.
Frame maintenance(Layout& layout)
{
    const Theme& theme = layout.theme();
    const MaintenanceInfo& info = layout.state().maintenance;
    auto row = [&](const std::string& id, const std::string& label_key, const std::string& value) {
        return layout.paragraph("maint." + id, layout.label_value(layout.ui(label_key), value), theme.body_cap_mm, theme.palette.text);
    };
    const std::string none = layout.ui("maint.none");
    const std::string hub = info.hub == HubState::None          ? layout.ui("maint.hub_none")
                            : info.hub == HubState::Reachable   ? layout.ui("maint.hub_reachable")
                                                                : layout.ui("maint.hub_unreachable");
    const std::string live = info.live == LiveState::Connected ? layout.ui("maint.live_connected")
                             : info.live == LiveState::Down    ? layout.ui("maint.live_down")
                                                               : layout.ui("maint.live_off");
    std::vector<Block> body;
    body.push_back(layout.heading("maint.title", layout.ui("maint.title"), theme.title_cap_mm, false));
    body.push_back(row("kiosk", "maint.kiosk", info.kiosk.empty() ? layout.state().kiosk : info.kiosk));
    body.push_back(row("content", "maint.content", info.content));
    body.push_back(row("hub", "maint.hub", hub));
    body.push_back(row("live", "maint.live", live));
    body.push_back(row("last_sync", "maint.last_sync", info.last_sync.empty() ? none : info.last_sync));
    body.push_back(row("last_error", "maint.last_error", info.last_error.empty() ? none : info.last_error));
    body.push_back(row("backlog", "maint.backlog", std::to_string(info.backlog)));
    body.push_back(row("dropped", "maint.dropped", std::to_string(info.dropped)));
    body.push_back(row("rejected", "maint.rejected", std::to_string(info.rejected)));
    return layout.compose("maintenance", std::move(body), layout.ui("maint.help"));
}

}  // namespace phare::ui::screens
