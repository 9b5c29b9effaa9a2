#pragma once
// The agent who publishes new content during a run, through the real agent pages: the login form
// (CSRF cookie and field), the session cookie, then "Nouvelle annonce" (POST /agent/notices with
// the session's CSRF token). Each publication is one Delivery in the figures.

#include "fleet_context.h"
#include "http_client.h"

#include <functional>
#include <string>

namespace phare::fleet {

class FleetAgent {
public:
    FleetAgent(FleetContext& fleet, std::string name, std::string password, boost::asio::ip::address_v4 source);

    // `done` receives an empty string once the session is open, else what went wrong.
    void log_in(std::function<void(std::string)> done);
    // Publishes a notice; fills m_fleet.stats.deliveries[delivery] as answers come.
    void publish(std::size_t delivery);

private:
    void open_session(std::function<void(std::string)> done, std::string login_csrf);
    void read_csrf(std::function<void(std::string)> done);

    FleetContext& m_fleet;
    std::string m_name;
    std::string m_password;
    HttpClient m_client;
    std::string m_session_cookie;  // "phare_session=..."
    std::string m_csrf;
};

}  // namespace phare::fleet
