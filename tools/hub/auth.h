#pragma once
// Who may call the hub. Kiosks: a random bearer token per kiosk, issued once at provisioning; the
// hub keeps only its SHA-256. Agents: argon2id password hashes, sessions whose cookie value is
// likewise stored only as a hash, a CSRF token per session, and a back-off after repeated
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
// The same for an existing queue system (docs/queue.md, "For an existing queue system").
std::string issue_queue_system_token(Storage& storage, const std::string& name, std::int64_t now);
std::optional<std::string> queue_system_for_authorization(Storage& storage, std::string_view header);
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

// Log-in back-off: failures are counted per account AND client address, so an attacker slows
// himself down but cannot lock an agent out from the agent's own desk. The first
// `free_failures` failures cost nothing; then each further failure makes that address wait,
// 1 s doubling up to 15 minutes. A success from the address clears its counter; counters quiet for
// a day are forgotten; an admin can clear all of an account's counters (`user unlock`).
class AgentAuth {
public:
    static constexpr int free_failures = 4;
    static constexpr std::int64_t first_wait_seconds = 1;
    static constexpr std::int64_t max_wait_seconds = 15 * 60;
    static constexpr std::int64_t forget_after_seconds = 24 * 60 * 60;
    static constexpr std::int64_t session_seconds = 10 * 60 * 60;  // one working day

    AgentAuth(Storage& storage, Clock clock) : m_storage(storage), m_clock(std::move(clock)) {}

    // How long an address waits after its `failures`-th failure in a row (0 for the first four).
    static std::int64_t wait_after(int failures);

    // `client`: the client's address (the real one behind a trusted proxy). Locked: this address
    // must wait until locked_until; the password was not even checked.
    LoginOutcome login(std::string_view name, std::string_view password, std::string_view client);
    // Clears every failure counter of the account (every address); returns how many there were.
    int unlock(std::string_view name);
    std::optional<Session> session(std::string_view cookie_token);
    void logout(std::string_view cookie_token);

private:
    Storage& m_storage;
    Clock m_clock;
};

// "Trop d'échecs depuis ce poste : réessayez dans 2 minutes." for a wait of `seconds`.
std::string login_wait_message_fr(std::int64_t seconds);

// A token bucket per key (kiosk id, IP address): `burst` requests at once, then `per_minute`.
// Memory is bounded: past `max_keys` keys, buckets that have refilled (they are the same as a
// new one) are dropped, at most once a second; if every bucket is still in use, new keys are
// refused until some refill, while keys already known keep their own budget.
class RateLimiter {
public:
    static constexpr std::size_t default_max_keys = 100'000;

    RateLimiter(double burst, double per_minute, Clock clock, std::size_t max_keys = default_max_keys)
        : m_burst(burst), m_per_second(per_minute / 60.0), m_clock(std::move(clock)), m_max_keys(max_keys)
    {
    }
    bool allow(const std::string& key);
    std::size_t size();

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t at = 0;
    };
    void prune_full_buckets(std::int64_t now);

    double m_burst;
    double m_per_second;
    Clock m_clock;
    std::size_t m_max_keys;
    std::int64_t m_last_prune = 0;
    std::mutex m_mutex;
    std::map<std::string, Bucket, std::less<>> m_buckets;
};

}  // namespace phare::hub
