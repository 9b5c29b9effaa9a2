#include "auth.h"

#include "platform/crypto/crypto.h"

#include <algorithm>

namespace phare::hub {

namespace {

constexpr std::size_t token_bytes = 32;

// Verifying against a real hash when the user does not exist keeps a wrong name as slow as a wrong
// password, so timing does not reveal which names exist.
const std::string& decoy_hash()
{
    static const std::string hash = crypto::hash_password("decoy password, never valid").value_or("");
    return hash;
}

}  // namespace

std::string issue_kiosk_token(Storage& storage, const std::string& kiosk, std::int64_t now)
{
    std::string token = crypto::random_hex(token_bytes);
    storage.save_kiosk(kiosk, crypto::sha256_hex(token), now);
    return token;
}

std::vector<std::string> issue_kiosk_tokens(Storage& storage, const std::vector<std::string>& kiosks, std::int64_t now)
{
    std::vector<std::string> tokens;
    std::vector<KioskTokenHash> rows;
    tokens.reserve(kiosks.size());
    rows.reserve(kiosks.size());
    for (const auto& kiosk : kiosks) {
        tokens.push_back(crypto::random_hex(token_bytes));
        rows.push_back({kiosk, crypto::sha256_hex(tokens.back())});
    }
    storage.save_kiosks(rows, now);
    return tokens;
}

std::string issue_queue_system_token(Storage& storage, const std::string& name, std::int64_t now)
{
    std::string token = crypto::random_hex(token_bytes);
    storage.queue().save_queue_system(name, crypto::sha256_hex(token), now);
    return token;
}

namespace {

std::optional<std::string> bearer_token(std::string_view header)
{
    constexpr std::string_view prefix = "Bearer ";
    if (!header.starts_with(prefix) || header.size() != prefix.size() + token_bytes * 2)
        return std::nullopt;
    return std::string(header.substr(prefix.size()));
}

}  // namespace

std::optional<std::string> queue_system_for_authorization(Storage& storage, std::string_view header)
{
    auto token = bearer_token(header);
    return token ? storage.queue().queue_system_for_token_hash(crypto::sha256_hex(*token)) : std::nullopt;
}

std::optional<std::string> kiosk_for_authorization(Storage& storage, std::string_view header)
{
    constexpr std::string_view prefix = "Bearer ";
    if (!header.starts_with(prefix))
        return std::nullopt;
    std::string_view token = header.substr(prefix.size());
    if (token.size() != token_bytes * 2)
        return std::nullopt;
    // Tokens are 256 random bits, so a plain SHA-256 is enough (no need for a slow hash), and the
    // lookup by hash does not leak the token through timing.
    return storage.kiosk_for_token_hash(crypto::sha256_hex(token));
}

std::optional<std::string> check_user_name(std::string_view name)
{
    bool ok = !name.empty() && name.size() <= 64;
    for (char c : name)
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
    if (!ok)
        return "a user name uses 1 to 64 of a-z, 0-9, '-', '_' and '.'";
    return std::nullopt;
}

std::optional<std::string> check_password(std::string_view password)
{
    if (password.size() < 12 || password.size() > 200)
        return "a password has 12 to 200 characters";
    return std::nullopt;
}

std::int64_t AgentAuth::wait_after(int failures)
{
    if (failures <= free_failures)
        return 0;
    int doublings = failures - free_failures - 1;
    if (doublings >= 20)
        return max_wait_seconds;
    return std::min(max_wait_seconds, first_wait_seconds << doublings);
}

LoginOutcome AgentAuth::login(std::string_view name, std::string_view password, std::string_view client)
{
    std::int64_t now = m_clock();
    LoginAttempts attempts = m_storage.login_attempts(name, client);
    if (attempts.locked_until > now)
        return {LoginStatus::Locked, {}, attempts.locked_until};
    auto user = m_storage.find_user(name);
    bool ok = user ? crypto::verify_password(user->password_hash, password) : (crypto::verify_password(decoy_hash(), password), false);
    if (!ok) {
        attempts.failures += 1;
        attempts.last_failure = now;
        attempts.locked_until = now + wait_after(attempts.failures);
        m_storage.save_login_attempts(name, client, attempts);
        m_storage.forget_login_attempts_before(now - forget_after_seconds);
        if (attempts.locked_until > now)
            return {LoginStatus::Locked, {}, attempts.locked_until};
        return {LoginStatus::Refused, {}, 0};
    }
    if (attempts.failures > 0)
        m_storage.save_login_attempts(name, client, {});
    std::string token = crypto::random_hex(token_bytes);
    m_storage.save_session({crypto::sha256_hex(token), user->name, crypto::random_hex(token_bytes), now + session_seconds});
    return {LoginStatus::Ok, token, 0};
}

int AgentAuth::unlock(std::string_view name) { return m_storage.clear_login_attempts(name); }

std::string login_wait_message_fr(std::int64_t seconds)
{
    std::string wait = seconds < 60 ? std::to_string(std::max<std::int64_t>(seconds, 1)) + (seconds > 1 ? " secondes" : " seconde")
                                    : std::to_string((seconds + 59) / 60) + (seconds > 60 ? " minutes" : " minute");
    return "Trop d'échecs depuis ce poste pour ce compte : réessayez dans " + wait +
           ". Si le mot de passe est perdu, un administrateur peut le remplacer.";
}

std::optional<Session> AgentAuth::session(std::string_view cookie_token)
{
    if (cookie_token.size() != token_bytes * 2)
        return std::nullopt;
    return m_storage.find_session(crypto::sha256_hex(cookie_token), m_clock());
}

void AgentAuth::logout(std::string_view cookie_token) { m_storage.delete_session(crypto::sha256_hex(cookie_token)); }

bool RateLimiter::allow(const std::string& key)
{
    std::lock_guard lock(m_mutex);
    std::int64_t now = m_clock();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_max_keys)
            prune_full_buckets(now);
        if (m_buckets.size() >= m_max_keys)
            return false;  // a flood of distinct keys must not grow memory without bound
        it = m_buckets.emplace(key, Bucket{m_burst, now}).first;
    }
    Bucket& bucket = it->second;
    bucket.tokens = std::min(m_burst, bucket.tokens + static_cast<double>(now - bucket.at) * m_per_second);
    bucket.at = now;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

// A full bucket behaves exactly as a new one, so dropping it changes nobody's budget. The scan
// runs at most once a second, so a flood cannot turn it into a CPU cost per request.
void RateLimiter::prune_full_buckets(std::int64_t now)
{
    if (now == m_last_prune)
        return;
    m_last_prune = now;
    std::erase_if(m_buckets, [&](const auto& item) {
        return item.second.tokens + static_cast<double>(now - item.second.at) * m_per_second >= m_burst;
    });
}

std::size_t RateLimiter::size()
{
    std::lock_guard lock(m_mutex);
    return m_buckets.size();
}

}  // namespace phare::hub
