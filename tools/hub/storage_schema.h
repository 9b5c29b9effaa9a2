#pragma once
// The SQLite schema and its versioned migrations. PRAGMA user_version names the schema a file has;
// opening a file brings it up to the latest, one migration per transaction, so data folders from
// older hubs keep everything they hold. A file from a newer hub is refused rather than guessed at.

#include <sqlite3.h>

namespace phare::hub::sqlite {

// The schema this build writes (see storage_schema.cpp for what each version changed).
inline constexpr int latest_schema_version = 5;

int schema_version(sqlite3* db);
// Creates or upgrades the schema. Throws StorageError (a newer file, a failed step).
void migrate(sqlite3* db);

}  // namespace phare::hub::sqlite
