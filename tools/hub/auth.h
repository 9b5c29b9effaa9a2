#pragma once
// Who may call the hub. Kiosks: a random bearer token per kiosk, issued once at provisioning; the
// hub keeps only its SHA-256. Agents: argon2id password hashes, sessions whose cookie value is
// likewise stored only as a hash, a CSRF token per session, and a lock-out after repeated
// failures. It does not render pages nor know about HTTP (routes_*.cpp do).

#include "clock.h"
#include "storage.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::hub {

// Creates or replaces a kiosk's token and returns it; it is shown once and never stored.
std::string issue_kiosk_token(Storage& storage, const std::string& kiosk, std::int64_t now);
// The same for a whole fleet in one transaction; the tokens come back in the order of `kiosks`.
std::vector<std::string> issue_kiosk_tokens(Storage& storage, const std::vector<std::string>& kiosks, std::int64_t now);
// The kiosk an "Authorization: Bearer <token>" header belongs to.
std::optional<std::string> kiosk_for_authorization(Storage& storage, std::string_view header);

// Rules for names (a short id) and passwords (12 to 200 bytes); the sentence says what is wrong.
std::optional<std::string> check_user_name(std::string_view name);
std::optional<std::string> check_password(std::string_view password);

enum class LoginStatus { Ok, Refused, Locked };

struct LoginOutcome {
    LoginStatus status = LoginStatus::Refused;
    std::string cookie_token;  // Ok: the value to put in the session cookie
    std::int64_t locked_until = 0;
};

class AgentAuth {
public:
    static constexpr int max_failures = 5;
    static constexpr std::int64_t lock_seconds = 15 * 60;
    static constexpr std::int64_t session_seconds = 10 * 60 * 60;  // one working day

    AgentAuth(Storage& storage, Clock clock) : m_storage(storage), m_clock(std::move(clock)) {}

    LoginOutcome login(std::string_view name, std::string_view password);
    std::optional<Session> session(std::string_view cookie_token);
    void logout(std::string_view cookie_token);

private:
    Storage& m_storage;
    Clock m_clock;
};

// A token bucket per key (kiosk id, IP address): `burst` requests at once, then `per_minute`.
class RateLimiter {
public:
    RateLimiter(double burst, double per_minute, Clock clock) : m_burst(burst), m_per_second(per_minute / 60.0), m_clock(std::move(clock)) {}
    bool allow(const std::string& key);

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t at = 0;
    };
    double m_burst;
    double m_per_second;
    Clock m_clock;
    std::mutex m_mutex;
    std::map<std::string, Bucket, std::less<>> m_buckets;
};

}  // namespace phare::hub
