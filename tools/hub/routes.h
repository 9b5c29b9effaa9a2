#pragma once
// Route tables, one per audience. Handlers parse, call a tested function, and answer.

#include "http_router.h"

namespace phare::hub {

struct HubContext;

// /api/v1/...: manifests, blobs, feedback, heartbeats.
void add_kiosk_routes(http::Router& router, HubContext& context);
// /api/v1/kiosks/{id}/events: the live channel (long-poll).
void add_live_routes(http::Router& router, HubContext& context);
// /login, /logout, /agent...: the agents' HTML pages.
void add_agent_routes(http::Router& router, HubContext& context);
// /agent/feedback, /agent/kiosks, /api/v1/open-data/...: reports.
void add_report_routes(http::Router& router, HubContext& context);
// /r/{site}/{kiosk}/{service}: the route page behind the kiosk's QR code (public).
void add_route_page_routes(http::Router& router, HubContext& context);
// /api/v1/kiosks/{id}/queue and /tickets, /api/v1/queue/... (queue systems), /ticket/{token} (phones).
void add_queue_routes(http::Router& router, HubContext& context);
// /agent/guichet...: the agents' counter page.
void add_guichet_routes(http::Router& router, HubContext& context);

// Every table: what the hub serves, and what the HTTP fuzz target walks (one list for both).
inline void add_all_routes(http::Router& router, HubContext& context)
{
    add_kiosk_routes(router, context);
    add_live_routes(router, context);
    add_agent_routes(router, context);
    add_report_routes(router, context);
    add_route_page_routes(router, context);
    add_queue_routes(router, context);
    add_guichet_routes(router, context);
}

}  // namespace phare::hub
