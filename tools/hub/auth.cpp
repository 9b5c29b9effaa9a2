#include "auth.h"

#include "crypto/crypto.h"

namespace phare::hub {

namespace {

constexpr std::size_t token_bytes = 32;
constexpr std::size_t max_buckets = 10000;

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

LoginOutcome AgentAuth::login(std::string_view name, std::string_view password)
{
    std::int64_t now = m_clock();
    LoginAttempts attempts = m_storage.login_attempts(name);
    if (attempts.locked_until > now)
        return {LoginStatus::Locked, {}, attempts.locked_until};
    auto user = m_storage.find_user(name);
    bool ok = user ? crypto::verify_password(user->password_hash, password) : (crypto::verify_password(decoy_hash(), password), false);
    if (!ok) {
        attempts.failures += 1;
        if (attempts.failures >= max_failures) {
            attempts = {0, now + lock_seconds};
            m_storage.save_login_attempts(name, attempts);
            return {LoginStatus::Locked, {}, attempts.locked_until};
        }
        m_storage.save_login_attempts(name, attempts);
        return {LoginStatus::Refused, {}, 0};
    }
    m_storage.save_login_attempts(name, {});
    std::string token = crypto::random_hex(token_bytes);
    m_storage.save_session({crypto::sha256_hex(token), user->name, crypto::random_hex(token_bytes), now + session_seconds});
    return {LoginStatus::Ok, token, 0};
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
    if (m_buckets.size() > max_buckets)
        m_buckets.clear();  // a flood of distinct keys must not grow memory without bound
    auto [it, fresh] = m_buckets.try_emplace(key, Bucket{m_burst, now});
    Bucket& bucket = it->second;
    if (!fresh) {
        bucket.tokens = std::min(m_burst, bucket.tokens + static_cast<double>(now - bucket.at) * m_per_second);
        bucket.at = now;
    }
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

}  // namespace phare::hub
