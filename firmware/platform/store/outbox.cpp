#include "platform/store/outbox.h"

#include <sqlite3.h>

#include <mutex>

namespace phare::store {

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

}  // namespace

struct Outbox::Impl {
    sqlite3* db = nullptr;
    std::string path;  // every error names the database file
    std::int64_t capacity = 0;
    // One transaction at a time on this connection: BEGIN ... COMMIT from two threads would nest.
    std::mutex mutex;

    ~Impl()
    {
        if (db)
            sqlite3_close(db);
    }

    Result<void> exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        auto error = fail(path, message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return error;
    }

    Statement prepare(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        return Statement(statement);
    }

    // SQLite's reason for the last failure, after which the transaction is rolled back.
    tl::unexpected<Error> rollback()
    {
        auto error = fail(path, sqlite3_errmsg(db));
        (void)exec("ROLLBACK;");
        return error;
    }

    // Runs `sql` (one `?` parameter) for each id inside one transaction.
    Result<void> for_each_id(const char* sql, const std::vector<std::string>& ids, const std::string& extra = {})
    {
        Statement statement = prepare(sql);
        if (!statement)
            return rollback();
        for (const std::string& id : ids) {
            sqlite3_reset(statement.get());
            sqlite3_bind_text(statement.get(), 1, id.c_str(), -1, SQLITE_TRANSIENT);
            if (!extra.empty())
                sqlite3_bind_text(statement.get(), 2, extra.c_str(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(statement.get()) != SQLITE_DONE)
                return rollback();
        }
        return {};
    }

    std::int64_t scalar(const char* sql)
    {
        Statement statement = prepare(sql);
        return statement && sqlite3_step(statement.get()) == SQLITE_ROW ? sqlite3_column_int64(statement.get(), 0) : 0;
    }
};

Outbox::Outbox(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Outbox::~Outbox() = default;

Result<std::unique_ptr<Outbox>> Outbox::open(const std::string& path, std::int64_t capacity)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->capacity = capacity;
    if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK)
        return fail(path, impl->db ? sqlite3_errmsg(impl->db) : "cannot open the database");
    sqlite3_busy_timeout(impl->db, 2000);
    auto created = impl->exec("PRAGMA journal_mode=WAL;"
                              "PRAGMA synchronous=FULL;"
                              "CREATE TABLE IF NOT EXISTS ratings (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, body TEXT NOT NULL);"
                              "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);"
                              "CREATE TABLE IF NOT EXISTS rejected (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, body TEXT NOT NULL, reason TEXT NOT NULL);"
                              "INSERT OR IGNORE INTO counters VALUES ('dropped', 0);");
    if (!created)
        return tl::unexpected(created.error());
    return std::unique_ptr<Outbox>(new Outbox(std::move(impl)));
}

Result<void> Outbox::add(const feedback::Rating& rating)
{
    std::lock_guard lock(m_impl->mutex);
    if (auto begun = m_impl->exec("BEGIN IMMEDIATE;"); !begun)
        return begun;
    Statement insert = m_impl->prepare("INSERT OR IGNORE INTO ratings (id, body) VALUES (?, ?);");
    const std::string body = feedback::to_json(rating);
    sqlite3_bind_text(insert.get(), 1, rating.id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert.get(), 2, body.c_str(), -1, SQLITE_TRANSIENT);
    if (!insert || sqlite3_step(insert.get()) != SQLITE_DONE)
        return m_impl->rollback();
    const std::int64_t over = m_impl->scalar("SELECT COUNT(*) FROM ratings;") - m_impl->capacity;
    if (over > 0) {
        Statement drop = m_impl->prepare("DELETE FROM ratings WHERE seq IN (SELECT seq FROM ratings ORDER BY seq LIMIT ?);");
        sqlite3_bind_int64(drop.get(), 1, over);
        sqlite3_step(drop.get());
        Statement count = m_impl->prepare("UPDATE counters SET value = value + ? WHERE name = 'dropped';");
        sqlite3_bind_int64(count.get(), 1, over);
        sqlite3_step(count.get());
    }
    // COMMIT with synchronous=FULL returns once the WAL is on stable storage.
    return m_impl->exec("COMMIT;");
}

std::vector<feedback::Rating> Outbox::oldest(int limit)
{
    std::lock_guard lock(m_impl->mutex);
    std::vector<feedback::Rating> ratings;
    Statement select = m_impl->prepare("SELECT body FROM ratings ORDER BY seq LIMIT ?;");
    sqlite3_bind_int(select.get(), 1, limit);
    while (select && sqlite3_step(select.get()) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0));
        if (auto rating = feedback::from_json(text ? text : ""))
            ratings.push_back(std::move(*rating));
    }
    return ratings;
}

std::vector<PendingRating> Outbox::oldest_stored(int limit)
{
    std::lock_guard lock(m_impl->mutex);
    std::vector<PendingRating> ratings;
    Statement select = m_impl->prepare("SELECT id, body FROM ratings ORDER BY seq LIMIT ?;");
    sqlite3_bind_int(select.get(), 1, limit);
    while (select && sqlite3_step(select.get()) == SQLITE_ROW) {
        const auto* id = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0));
        const auto* body = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 1));
        ratings.push_back({id ? id : "", body ? body : ""});
    }
    return ratings;
}

Result<void> Outbox::remove(const std::vector<std::string>& ids)
{
    std::lock_guard lock(m_impl->mutex);
    if (auto begun = m_impl->exec("BEGIN IMMEDIATE;"); !begun)
        return begun;
    if (auto deleted = m_impl->for_each_id("DELETE FROM ratings WHERE id = ?;", ids); !deleted)
        return deleted;
    return m_impl->exec("COMMIT;");
}

Result<void> Outbox::reject(const std::vector<std::string>& ids, const std::string& reason)
{
    std::lock_guard lock(m_impl->mutex);
    if (auto begun = m_impl->exec("BEGIN IMMEDIATE;"); !begun)
        return begun;
    // Copy, then delete: both in one transaction, so a power cut leaves the rating in one place.
    const char* copy_aside = "INSERT OR REPLACE INTO rejected (id, body, reason) SELECT id, body, ?2 FROM ratings WHERE id = ?1;";
    if (auto copied = m_impl->for_each_id(copy_aside, ids, reason); !copied)
        return copied;
    if (auto deleted = m_impl->for_each_id("DELETE FROM ratings WHERE id = ?;", ids); !deleted)
        return deleted;
    return m_impl->exec("COMMIT;");
}

Result<std::int64_t> Outbox::requeue_rejected()
{
    std::lock_guard lock(m_impl->mutex);
    if (auto begun = m_impl->exec("BEGIN IMMEDIATE;"); !begun)
        return tl::unexpected(begun.error());
    const std::int64_t count = m_impl->scalar("SELECT COUNT(*) FROM rejected;");
    const char* move_back = "INSERT OR IGNORE INTO ratings (id, body) SELECT id, body FROM rejected ORDER BY seq; DELETE FROM rejected;";
    if (auto moved = m_impl->exec(move_back); !moved) {
        (void)m_impl->exec("ROLLBACK;");
        return tl::unexpected(moved.error());
    }
    if (auto committed = m_impl->exec("COMMIT;"); !committed)
        return tl::unexpected(committed.error());
    return count;
}

OutboxStats Outbox::stats()
{
    std::lock_guard lock(m_impl->mutex);
    return {m_impl->scalar("SELECT COUNT(*) FROM ratings;"), m_impl->scalar("SELECT value FROM counters WHERE name = 'dropped';"),
            m_impl->scalar("SELECT COUNT(*) FROM rejected;")};
}

}  // namespace phare::store
