#pragma once
// What the maintenance screen (F12) shows, gathered from the content on screen and the network
// worker's status.

#include "app/hub_link.h"
#include "app/live_content.h"
#include "core/ui/state.h"

#include <string>

namespace phare::app {

// `hub` null: the kiosk runs offline.
ui::MaintenanceInfo maintenance_info(const std::string& kiosk_id, const LiveContent& shown, const HubLink* hub);

}  // namespace phare::app
