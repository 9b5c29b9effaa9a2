#pragma once
// A thin RAII layer over the SQLite C API: a connection and prepared statements that finalize
// themselves, and errors thrown as StorageError with SQLite's own sentence. Only storage_sqlite.cpp
// includes this.

#include "storage.h"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace phare::hub::sqlite {

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<int>& value);

    // True while a row is available; false when done.
    bool step();
    void run() { step(); }

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    bool is_null(int column) const;

private:
    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, StatementFinalizer> m_statement;
};

enum class Access { ReadWrite, ReadOnly };

// ReadWrite creates the file if needed; ReadOnly also refuses writes (PRAGMA query_only).
DatabasePtr open(const std::string& path, Access access = Access::ReadWrite);
void execute(sqlite3* db, const char* sql);
// Switches the file to write-ahead logging. The switch needs the file to itself and SQLite does not
// wait for it (the busy handler is not called): several processes opening a new file at once
// (`phare-hub user add` beside a starting server) retry until the first has switched it.
void use_write_ahead_log(sqlite3* db);

// Commits when done() is called, rolls back if destroyed before (an exception went through).
class Transaction {
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    sqlite3* m_db;
    bool m_done = false;
};

}  // namespace phare::hub::sqlite
