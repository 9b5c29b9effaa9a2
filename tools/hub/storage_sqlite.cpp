#include "storage_sqlite.h"

#include "queue_storage_sqlite.h"
#include "sqlite_db.h"
#include "storage_schema.h"

#include <nlohmann/json.hpp>

#include <mutex>

namespace phare::hub {

namespace {

using sqlite::Statement;

constexpr const char* upsert_kiosk_sql = "INSERT INTO kiosks (id, token_hash, created_at) VALUES (?, ?, ?) "
                                         "ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash";

const char* dimension_sql(RatingDimension dimension)
{
    switch (dimension) {
    case RatingDimension::Day: return "substr(at, 1, 10)";
    case RatingDimension::Hour: return "substr(at, 12, 2)";
    case RatingDimension::Service: return "service";
    case RatingDimension::Language: return "lang";
    case RatingDimension::Mode: return "j.value";
    case RatingDimension::DayAndService: return "substr(at, 1, 10) || ',' || service";
    }
    return "service";
}

// Two connections. The writer, guarded by a mutex, serves everything short: the hub's write rate
// (a few ratings per minute per kiosk) is far below what one connection serves, and it keeps
// transactions simple. Reports, which read every rating, go through a read-only connection with
// its own mutex: in WAL mode it reads a consistent snapshot beside the writer, so a report over
// 200,000 ratings no longer holds up manifest polls and feedback.
class SqliteStorage final : public Storage {
public:
    explicit SqliteStorage(const std::string& path) : m_db(sqlite::open(path))
    {
        sqlite::use_write_ahead_log(m_db.get());
        sqlite::execute(m_db.get(), "PRAGMA synchronous=FULL;");
        sqlite::migrate(m_db.get());
        m_reader = sqlite::open(path, sqlite::Access::ReadOnly);
        m_queue = make_sqlite_queue_storage(m_mutex, m_db.get());
    }

    QueueStorage& queue() override { return *m_queue; }

    std::optional<StoredManifest> latest_manifest(std::string_view site) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT version, json, etag, published_at FROM manifests WHERE site = ? "
                                    "ORDER BY version DESC LIMIT 1");
        query.bind(1, site);
        if (!query.step())
            return std::nullopt;
        return StoredManifest{std::string(site), static_cast<int>(query.integer(0)), query.text(1), query.text(2), query.integer(3)};
    }

    std::optional<std::int64_t> first_published_at(std::string_view site) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT MIN(published_at) FROM manifests WHERE site = ?");
        query.bind(1, site).step();
        if (query.is_null(0))
            return std::nullopt;
        return query.integer(0);
    }

    void save_manifest(const StoredManifest& manifest) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db.get());
        Statement latest(m_db.get(), "SELECT COALESCE(MAX(version), 0) FROM manifests WHERE site = ?");
        latest.bind(1, manifest.site).step();
        if (manifest.version <= latest.integer(0))
            throw StorageError("manifest version " + std::to_string(manifest.version) + " is not above the latest");
        Statement insert(m_db.get(), "INSERT INTO manifests (site, version, json, etag, published_at) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, manifest.site).bind(2, std::int64_t{manifest.version}).bind(3, manifest.json).bind(4, manifest.etag);
        insert.bind(5, manifest.published_at).run();
        transaction.commit();
    }

    void save_kiosk(const std::string& id, const std::string& token_hash, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        Statement upsert(m_db.get(), upsert_kiosk_sql);
        upsert.bind(1, id).bind(2, token_hash).bind(3, now).run();
    }

    void save_kiosks(const std::vector<KioskTokenHash>& kiosks, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db.get());
        for (const auto& kiosk : kiosks) {
            Statement upsert(m_db.get(), upsert_kiosk_sql);
            upsert.bind(1, kiosk.id).bind(2, kiosk.token_hash).bind(3, now).run();
        }
        transaction.commit();
    }

    std::optional<std::string> kiosk_for_token_hash(std::string_view token_hash) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT id FROM kiosks WHERE token_hash = ?");
        query.bind(1, token_hash);
        if (!query.step())
            return std::nullopt;
        return query.text(0);
    }

    void save_heartbeat(const Heartbeat& beat) override
    {
        std::lock_guard lock(m_mutex);
        Statement upsert(m_db.get(), "INSERT OR REPLACE INTO heartbeats (kiosk, content_version, uptime_s, outbox_backlog, "
                                     "last_error, received_at, outbox_dropped, outbox_rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        upsert.bind(1, beat.kiosk).bind(2, std::int64_t{beat.content_version}).bind(3, beat.uptime_s);
        upsert.bind(4, beat.outbox_backlog).bind(5, beat.last_error).bind(6, beat.received_at);
        upsert.bind(7, beat.outbox_dropped).bind(8, beat.outbox_rejected).run();
    }

    std::vector<Heartbeat> heartbeats() override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT kiosk, content_version, uptime_s, outbox_backlog, last_error, received_at, "
                                    "outbox_dropped, outbox_rejected FROM heartbeats ORDER BY kiosk");
        std::vector<Heartbeat> result;
        while (query.step())
            result.push_back({query.text(0), static_cast<int>(query.integer(1)), query.integer(2), query.integer(3),
                              query.text(4), query.integer(5), query.integer(6), query.integer(7)});
        return result;
    }

    StoredRatings store_ratings(const std::string& kiosk, const std::vector<Rating>& ratings, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db.get());
        StoredRatings result;
        for (const auto& rating : ratings) {
            if (insert_rating(kiosk, rating, now))
                result.accepted.push_back(rating.id);
            else
                result.duplicate.push_back(rating.id);
        }
        transaction.commit();
        return result;
    }

    std::int64_t rating_count() override
    {
        std::lock_guard lock(m_read_mutex);
        Statement query(m_reader.get(), "SELECT COUNT(*) FROM ratings");
        query.step();
        return query.integer(0);
    }

    std::vector<RatingCount> rating_counts(RatingDimension dimension) override
    {
        std::lock_guard lock(m_read_mutex);
        Statement query(m_reader.get(), std::string("SELECT ") + dimension_sql(dimension) +
                                        " AS k, SUM(satisfaction = 'good'), SUM(satisfaction = 'medium'), SUM(satisfaction = 'bad') "
                                        "FROM ratings" + (dimension == RatingDimension::Mode ? ", json_each(ratings.modes) AS j" : "") +
                                        " GROUP BY k ORDER BY k");
        std::vector<RatingCount> result;
        while (query.step())
            result.push_back({query.text(0), query.integer(1), query.integer(2), query.integer(3)});
        return result;
    }

    std::vector<RatingCount> daily_counts_before(std::string_view before_local_date) override
    {
        std::lock_guard lock(m_read_mutex);
        // 'localtime' converts with the process's time zone, as local_date() (clock.h) does.
        Statement query(m_reader.get(), "SELECT d || ',' || service AS k, SUM(satisfaction = 'good'), SUM(satisfaction = 'medium'), "
                                        "SUM(satisfaction = 'bad') FROM (SELECT date(at, 'localtime') AS d, service, satisfaction "
                                        "FROM ratings) WHERE d < ? GROUP BY k ORDER BY k");
        query.bind(1, before_local_date);
        std::vector<RatingCount> result;
        while (query.step())
            result.push_back({query.text(0), query.integer(1), query.integer(2), query.integer(3)});
        return result;
    }

    void save_user(const User& user) override
    {
        std::lock_guard lock(m_mutex);
        Statement upsert(m_db.get(), "INSERT OR REPLACE INTO users (name, role, password_hash) VALUES (?, ?, ?)");
        upsert.bind(1, user.name).bind(2, to_string(user.role)).bind(3, user.password_hash).run();
    }

    std::vector<User> users() override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT name, role FROM users ORDER BY name");
        std::vector<User> result;
        while (query.step())
            result.push_back(User{query.text(0), role_from(query.text(1)).value_or(Role::Agent), {}});
        return result;
    }

    std::optional<User> find_user(std::string_view name) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT role, password_hash FROM users WHERE name = ?");
        query.bind(1, name);
        if (!query.step())
            return std::nullopt;
        return User{std::string(name), role_from(query.text(0)).value_or(Role::Agent), query.text(1)};
    }

    LoginAttempts login_attempts(std::string_view name, std::string_view client) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT failures, locked_until, last_failure FROM login_failures WHERE name = ? AND client = ?");
        query.bind(1, name).bind(2, client);
        if (!query.step())
            return {};
        return {static_cast<int>(query.integer(0)), query.integer(1), query.integer(2)};
    }

    void save_login_attempts(std::string_view name, std::string_view client, const LoginAttempts& attempts) override
    {
        std::lock_guard lock(m_mutex);
        if (attempts.failures == 0) {
            Statement(m_db.get(), "DELETE FROM login_failures WHERE name = ? AND client = ?").bind(1, name).bind(2, client).run();
            return;
        }
        Statement upsert(m_db.get(), "INSERT OR REPLACE INTO login_failures (name, client, failures, locked_until, last_failure) "
                                     "VALUES (?, ?, ?, ?, ?)");
        upsert.bind(1, name).bind(2, client).bind(3, std::int64_t{attempts.failures}).bind(4, attempts.locked_until);
        upsert.bind(5, attempts.last_failure).run();
    }

    void forget_login_attempts_before(std::int64_t last_failure) override
    {
        std::lock_guard lock(m_mutex);
        Statement(m_db.get(), "DELETE FROM login_failures WHERE last_failure < ?").bind(1, last_failure).run();
    }

    int clear_login_attempts(std::string_view name) override
    {
        std::lock_guard lock(m_mutex);
        Statement(m_db.get(), "DELETE FROM login_failures WHERE name = ?").bind(1, name).run();
        return sqlite3_changes(m_db.get());
    }

    void save_session(const Session& session) override
    {
        std::lock_guard lock(m_mutex);
        Statement insert(m_db.get(), "INSERT INTO sessions (token_hash, user, csrf, expires_at) VALUES (?, ?, ?, ?)");
        insert.bind(1, session.token_hash).bind(2, session.user).bind(3, session.csrf).bind(4, session.expires_at).run();
    }

    std::optional<Session> find_session(std::string_view token_hash, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT user, csrf, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?");
        query.bind(1, token_hash).bind(2, now);
        if (!query.step())
            return std::nullopt;
        return Session{std::string(token_hash), query.text(0), query.text(1), query.integer(2)};
    }

    void delete_session(std::string_view token_hash) override
    {
        std::lock_guard lock(m_mutex);
        Statement(m_db.get(), "DELETE FROM sessions WHERE token_hash = ?").bind(1, token_hash).run();
    }

    std::int64_t append_event(const std::string& site, const std::string& kiosk, const std::string& kind, const std::string& data_json,
                              std::int64_t now) override
    {
        if (!nlohmann::json::accept(data_json))
            throw StorageError("event \"" + kind + "\": its data is not JSON: " + data_json.substr(0, 80));
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db.get());
        Statement insert(m_db.get(), "INSERT INTO events (site, kiosk, kind, data, created) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, site).bind(2, kiosk).bind(3, kind).bind(4, data_json).bind(5, now).run();
        std::int64_t seq = sqlite3_last_insert_rowid(m_db.get());
        // seq has no gaps but for rolled-back inserts, so this keeps about the latest kept_events.
        Statement(m_db.get(), "DELETE FROM events WHERE seq <= ?").bind(1, seq - static_cast<std::int64_t>(kept_events)).run();
        transaction.commit();
        return seq;
    }

    std::vector<StoredEvent> events_after(std::int64_t seq, std::size_t limit) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT seq, site, kiosk, kind, data, created FROM events WHERE seq > ? ORDER BY seq LIMIT ?");
        query.bind(1, seq).bind(2, static_cast<std::int64_t>(limit));
        std::vector<StoredEvent> result;
        while (query.step())
            result.push_back({query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4), query.integer(5)});
        return result;
    }

    std::int64_t latest_event_seq() override
    {
        std::lock_guard lock(m_mutex);
        return latest_event_seq_locked();
    }

    std::int64_t oldest_event_seq() override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT MIN(seq) FROM events");
        query.step();
        return query.is_null(0) ? latest_event_seq_locked() + 1 : query.integer(0);
    }

    void prune_events(std::size_t keep) override
    {
        std::lock_guard lock(m_mutex);
        Statement prune(m_db.get(), "DELETE FROM events WHERE seq NOT IN (SELECT seq FROM events ORDER BY seq DESC LIMIT ?)");
        prune.bind(1, static_cast<std::int64_t>(keep)).run();
    }

    void append_audit(const AuditEntry& entry) override
    {
        std::lock_guard lock(m_mutex);
        Statement insert(m_db.get(), "INSERT INTO audit (at, who, what) VALUES (?, ?, ?)");
        insert.bind(1, entry.at).bind(2, entry.who).bind(3, entry.what).run();
    }

    std::vector<AuditEntry> audit_entries(std::size_t limit) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db.get(), "SELECT at, who, what FROM audit ORDER BY seq DESC LIMIT ?");
        query.bind(1, static_cast<std::int64_t>(limit));
        std::vector<AuditEntry> result;
        while (query.step())
            result.push_back({query.integer(0), query.text(1), query.text(2)});
        return result;
    }

private:
    bool insert_rating(const std::string& kiosk, const Rating& rating, std::int64_t now)
    {
        Statement insert(m_db.get(), "INSERT OR IGNORE INTO ratings (id, kiosk, site, at, satisfaction, clarity, "
                                     "found_counter, service, wait_band, lang, modes, received_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, canonical_id(rating.id)).bind(2, kiosk).bind(3, rating.site).bind(4, rating.at).bind(5, rating.satisfaction);
        insert.bind(6, rating.clarity);
        if (rating.found_counter)
            insert.bind(7, std::int64_t{*rating.found_counter ? 1 : 0});
        else
            insert.bind_null(7);
        insert.bind(8, rating.service).bind(9, rating.wait_band).bind(10, rating.lang);
        insert.bind(11, nlohmann::json(rating.modes).dump()).bind(12, now).run();
        return sqlite3_changes(m_db.get()) > 0;
    }

    // AUTOINCREMENT keeps the largest seq ever given in sqlite_sequence, even when the rows are gone.
    std::int64_t latest_event_seq_locked()
    {
        Statement query(m_db.get(), "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)");
        query.step();
        return query.integer(0);
    }

    std::mutex m_mutex;
    sqlite::DatabasePtr m_db;
    std::mutex m_read_mutex;
    sqlite::DatabasePtr m_reader;
    std::unique_ptr<QueueStorage> m_queue;
};

}  // namespace

std::string canonical_id(std::string_view id)
{
    std::string lower(id);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::string_view to_string(Role role) { return role == Role::Admin ? "admin" : "agent"; }

std::optional<Role> role_from(std::string_view text)
{
    if (text == "agent")
        return Role::Agent;
    if (text == "admin")
        return Role::Admin;
    return std::nullopt;
}

std::unique_ptr<Storage> open_sqlite_storage(const std::string& path) { return std::make_unique<SqliteStorage>(path); }

}  // namespace phare::hub
