#pragma once
// Route tables, one per audience. Handlers parse, call a tested function, and answer.

namespace httplib {
class Server;
}

namespace phare::hub {

struct HubContext;

// /api/v1/...: manifests, blobs, feedback, heartbeats.
void add_kiosk_routes(httplib::Server& server, HubContext& context);
// /login, /logout, /agent...: the agents' HTML pages.
void add_agent_routes(httplib::Server& server, HubContext& context);
// /agent/feedback, /agent/kiosks, /api/v1/open-data/...: reports.
void add_report_routes(httplib::Server& server, HubContext& context);
// /r/{site}/{kiosk}/{service}: the route page behind the kiosk's QR code (public).
void add_route_page_routes(httplib::Server& server, HubContext& context);

}  // namespace phare::hub
