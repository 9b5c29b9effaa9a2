#pragma once
// The address of a route's page on the hub, as the QR code on the directions screen carries it:
//   BASE/r/{site}/{kiosk}/{service}?lang={lang}[&step_free=1][&easy=1]
// Short on purpose (a smaller QR code is easier to scan): defaults are left out.

#include <string>
#include <string_view>

namespace phare::ui {

struct RoutePageRequest {
    std::string site;
    std::string kiosk;
    std::string service;
    std::string lang;
    bool step_free = false;
    bool easy_read = false;
};

// Empty when `base` is empty (a kiosk without a hub shows no QR code).
std::string route_page_url(std::string_view base, const RoutePageRequest& request);

}  // namespace phare::ui
