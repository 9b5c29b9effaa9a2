#pragma once
// The page a visitor's phone opens from the kiosk's QR code: one service's place, hours and
// directions from one kiosk, in the visitor's language, standard or step-free. Static accessible
// HTML (no JavaScript): the same sentences as the kiosk's directions screen, made by the same core
// functions from the hub's published site, so a moved service is routed to where it is now.
//
// It does not parse HTTP (routes_route_page.cpp).

#include "publisher.h"

#include <string>

namespace phare::hub {

struct RoutePageQuery {
    std::string site;
    std::string kiosk;
    std::string service;
    std::string lang;  // empty: the site's default language
    bool step_free = false;
    bool easy_read = false;
    std::string counter;  // a queue counter (queue.json): the route leads to where its visitors stand
};

struct RoutePage {
    int status = 200;  // 404 for an unknown site, kiosk or service; 400 for a language the site does not offer
    std::string html;
};

RoutePage route_page(const CurrentSite& current, const RoutePageQuery& query);

// The frame of every page for visitors' phones: language and direction, large text, high contrast.
// `head`: extra elements for <head> (a refresh).
std::string visitor_document(const std::string& lang, bool rtl, const std::string& title, const std::string& body,
                             const std::string& head = {});

// The page when nothing is published yet (503) or a query parameter is malformed (400).
std::string route_page_problem(int status, const std::string& sentence);

}  // namespace phare::hub
