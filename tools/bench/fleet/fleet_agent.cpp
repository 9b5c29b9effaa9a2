#include "fleet_agent.h"

#include <cstdlib>
#include <ctime>
#include <regex>

namespace phare::fleet {

namespace {

constexpr auto agent_timeout = std::chrono::milliseconds(30'000);

std::string form_encode(const std::string& text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (char letter : text) {
        const auto c = static_cast<unsigned char>(letter);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')
            out += letter;
        else
            out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out;
}

std::string form(std::initializer_list<std::pair<std::string, std::string>> fields)
{
    std::string body;
    for (const auto& [key, value] : fields)
        body += (body.empty() ? "" : "&") + key + "=" + form_encode(value);
    return body;
}

// "name=value" of the Set-Cookie header that sets `name`, or empty.
std::string set_cookie(const Response& response, const std::string& name)
{
    for (const auto& field : response)
        if (field.name() == http::field::set_cookie) {
            std::string value(field.value());
            if (value.rfind(name + "=", 0) == 0)
                return value.substr(0, value.find(';'));
        }
    return {};
}

std::string csrf_field(const std::string& page)
{
    static const std::regex field(R"re(name="csrf" value="([0-9a-f]+)")re");
    std::smatch match;
    return std::regex_search(page, match, field) ? match[1].str() : std::string();
}

std::string describe(const Outcome& outcome, const char* step)
{
    if (!outcome.error.empty())
        return std::string(step) + ": " + outcome.error;
    return std::string(step) + ": HTTP " + std::to_string(outcome.response.result_int());
}

std::string local_day(int days_from_today)
{
    std::time_t at = std::time(nullptr) + days_from_today * 86400;
    std::tm local{};
    localtime_r(&at, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace

FleetAgent::FleetAgent(FleetContext& fleet, std::string name, std::string password, boost::asio::ip::address_v4 source)
    : m_fleet(fleet), m_name(std::move(name)), m_password(std::move(password)), m_client(fleet.io, fleet.hub, source)
{
}

void FleetAgent::log_in(std::function<void(std::string)> done)
{
    m_client.send(Request{http::verb::get, "/login", 11}, agent_timeout, [this, done](Outcome&& outcome) {
        std::string cookie = set_cookie(outcome.response, "phare_login_csrf");
        std::string csrf = csrf_field(outcome.response.body());
        if (!outcome.error.empty() || outcome.response.result_int() != 200 || cookie.empty() || csrf.empty())
            return done(describe(outcome, "GET /login") + " (no login form with its CSRF cookie)");
        Request request{http::verb::post, "/login", 11};
        request.set(http::field::cookie, cookie);
        request.set(http::field::content_type, "application/x-www-form-urlencoded");
        request.body() = form({{"csrf", csrf}, {"name", m_name}, {"password", m_password}});
        m_client.send(std::move(request), agent_timeout, [this, done](Outcome&& answer) {
            m_session_cookie = set_cookie(answer.response, "phare_session");
            if (!answer.error.empty() || answer.response.result_int() != 303 || m_session_cookie.empty())
                return done(describe(answer, "POST /login") + " (no session cookie)");
            read_csrf(done);
        });
    });
}

void FleetAgent::read_csrf(std::function<void(std::string)> done)
{
    Request request{http::verb::get, "/agent", 11};
    request.set(http::field::cookie, m_session_cookie);
    m_client.send(std::move(request), agent_timeout, [this, done](Outcome&& outcome) {
        m_csrf = csrf_field(outcome.response.body());
        if (!outcome.error.empty() || outcome.response.result_int() != 200 || m_csrf.empty())
            return done(describe(outcome, "GET /agent") + " (no CSRF token on the page)");
        done({});
    });
}

void FleetAgent::publish(std::size_t delivery)
{
    if (m_client.busy()) {
        m_fleet.stats.deliveries[delivery].error = "the previous publication is still under way";
        return;
    }
    Request request{http::verb::post, "/agent/notices", 11};
    request.set(http::field::cookie, m_session_cookie);
    request.set(http::field::content_type, "application/x-www-form-urlencoded");
    request.body() = form({{"csrf", m_csrf},
                           {"level", "normal"},
                           {"starts", local_day(0) + "T00:00"},
                           {"ends", local_day(1) + "T23:00"},
                           {"text_fr", "Annonce d'essai n° " + std::to_string(delivery + 1) + " du simulateur de bornes"}});
    m_fleet.stats.deliveries[delivery].published_at_s = m_fleet.seconds_since_start();
    m_client.send(std::move(request), agent_timeout, [this, delivery](Outcome&& outcome) {
        Delivery& d = m_fleet.stats.deliveries[delivery];
        d.publish_ms = outcome.ms;
        const std::string location(outcome.response[http::field::location]);
        const auto at = location.find("publie=");
        if (!outcome.error.empty() || outcome.response.result_int() != 303 || at == std::string::npos)
            d.error = describe(outcome, "POST /agent/notices");
        else
            d.version = std::atoi(location.c_str() + at + 7);
    });
}

}  // namespace phare::fleet
