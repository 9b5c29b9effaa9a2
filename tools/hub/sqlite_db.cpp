#include "sqlite_db.h"

#include <chrono>
#include <thread>

namespace phare::hub::sqlite {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& doing)
{
    throw StorageError("SQLite: " + doing + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK)
        fail(db, "prepare \"" + std::string(sql) + "\"");
    m_statement.reset(raw);
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text(m_statement.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_statement.get(), index, value) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bind_null(int index)
{
    if (sqlite3_bind_null(m_statement.get(), index) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<int>& value)
{
    return value ? bind(index, static_cast<std::int64_t>(*value)) : bind_null(index);
}

bool Statement::step()
{
    int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, "step");
}

std::string Statement::text(int column) const
{
    const unsigned char* value = sqlite3_column_text(m_statement.get(), column);
    int length = sqlite3_column_bytes(m_statement.get(), column);
    return value ? std::string(reinterpret_cast<const char*>(value), static_cast<std::size_t>(length)) : std::string();
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_statement.get(), column); }

bool Statement::is_null(int column) const { return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL; }

DatabasePtr open(const std::string& path, Access access)
{
    sqlite3* raw = nullptr;
    int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_FULLMUTEX;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    DatabasePtr db(raw);
    if (rc != SQLITE_OK)
        fail(raw, "open " + path);
    sqlite3_busy_timeout(raw, 5000);
    if (access == Access::ReadOnly)
        execute(raw, "PRAGMA query_only = ON");
    return db;
}

void execute(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw StorageError("SQLite: " + text);
    }
}

void use_write_ahead_log(sqlite3* db)
{
    for (int attempt = 0;; ++attempt) {
        const int rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt == 250)
            fail(db, "switch to write-ahead logging");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));  // 5 s in all, as the busy timeout
    }
}

Transaction::Transaction(sqlite3* db) : m_db(db) { execute(db, "BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    execute(m_db, "COMMIT");
    m_done = true;
}

}  // namespace phare::hub::sqlite
