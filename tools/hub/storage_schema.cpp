#include "storage_schema.h"

#include "sqlite_db.h"

#include <string>

namespace phare::hub::sqlite {

namespace {

// Version 1: the schema hubs shipped with before versioning (user_version 0). CREATE IF NOT EXISTS
// so that it also describes those files; the columns added to heartbeats since are added below.
constexpr const char* version_1 = R"sql(
CREATE TABLE IF NOT EXISTS manifests (site TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL,
  etag TEXT NOT NULL, published_at INTEGER NOT NULL, PRIMARY KEY (site, version));
CREATE TABLE IF NOT EXISTS kiosks (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS heartbeats (kiosk TEXT PRIMARY KEY, content_version INTEGER NOT NULL,
  uptime_s INTEGER NOT NULL, outbox_backlog INTEGER NOT NULL, last_error TEXT NOT NULL, received_at INTEGER NOT NULL,
  outbox_dropped INTEGER NOT NULL DEFAULT 0, outbox_rejected INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS ratings (id TEXT PRIMARY KEY, kiosk TEXT NOT NULL, site TEXT NOT NULL, at TEXT NOT NULL,
  satisfaction TEXT NOT NULL, clarity INTEGER, found_counter INTEGER, service TEXT NOT NULL, wait_band TEXT NOT NULL,
  lang TEXT NOT NULL, modes TEXT NOT NULL, received_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS login_attempts (name TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user TEXT NOT NULL, csrf TEXT NOT NULL,
  expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, who TEXT NOT NULL,
  what TEXT NOT NULL);
)sql";

// Version 2: a rating is known by (kiosk, id) with the id in lower case: the same UUID in upper
// case is the same rating, and two kiosks that happen to pick the same id keep two ratings. Rows
// are copied in their order of arrival, so where old ids differed only by case the first one stays.
constexpr const char* version_2 = R"sql(
CREATE TABLE ratings_v2 (kiosk TEXT NOT NULL, id TEXT NOT NULL, site TEXT NOT NULL, at TEXT NOT NULL,
  satisfaction TEXT NOT NULL, clarity INTEGER, found_counter INTEGER, service TEXT NOT NULL, wait_band TEXT NOT NULL,
  lang TEXT NOT NULL, modes TEXT NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY (kiosk, id));
INSERT OR IGNORE INTO ratings_v2 (kiosk, id, site, at, satisfaction, clarity, found_counter, service, wait_band, lang, modes,
  received_at)
  SELECT kiosk, lower(id), site, at, satisfaction, clarity, found_counter, service, wait_band, lang, modes, received_at
  FROM ratings ORDER BY rowid;
DROP TABLE ratings;
ALTER TABLE ratings_v2 RENAME TO ratings;
)sql";

// Version 3: log-in failures are counted per account and client address, so that failures from
// one address never lock the account for another. The old per-name counters are dropped: they
// only ever held a few minutes of lock-out.
constexpr const char* version_3 = R"sql(
DROP TABLE IF EXISTS login_attempts;
CREATE TABLE login_failures (name TEXT NOT NULL, client TEXT NOT NULL, failures INTEGER NOT NULL,
  locked_until INTEGER NOT NULL, last_failure INTEGER NOT NULL, PRIMARY KEY (name, client));
)sql";

// Version 4: the live channel's event log. AUTOINCREMENT: a sequence number is never reused, even
// after pruning or a restart, so a kiosk's "since" keeps its meaning.
constexpr const char* version_4 = R"sql(
CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT NULL, kiosk TEXT NOT NULL, kind TEXT NOT NULL,
  data TEXT NOT NULL, created INTEGER NOT NULL);
)sql";

// Version 5: waiting queues (docs/queue.md, "The hub's queue"). Everything is keyed by the local day,
// so numbering restarts each day and yesterday's counters are closed. A ticket's number belongs to
// the series of the service it was issued for; a retried request from the same kiosk or queue
// system finds its ticket again.
constexpr const char* version_5 = R"sql(
CREATE TABLE queue_tickets (id INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL, service TEXT NOT NULL,
  issued_service TEXT NOT NULL, number INTEGER NOT NULL, label TEXT NOT NULL, priority TEXT NOT NULL, state TEXT NOT NULL,
  issued_at INTEGER NOT NULL, called_at INTEGER NOT NULL DEFAULT 0, finished_at INTEGER NOT NULL DEFAULT 0,
  counter TEXT NOT NULL DEFAULT '', calls INTEGER NOT NULL DEFAULT 0, token TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
  request TEXT NOT NULL, kiosk TEXT NOT NULL, UNIQUE (day, issued_service, number));
CREATE UNIQUE INDEX queue_tickets_request ON queue_tickets (source, request) WHERE request <> '';
CREATE INDEX queue_tickets_state ON queue_tickets (day, state, service);
CREATE TABLE queue_counters (day TEXT NOT NULL, counter TEXT NOT NULL, open INTEGER NOT NULL, services TEXT NOT NULL,
  agent TEXT NOT NULL, ticket INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, counter));
CREATE TABLE queue_calls (seq INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL, ticket INTEGER NOT NULL, label TEXT NOT NULL,
  service TEXT NOT NULL, counter TEXT NOT NULL, priority TEXT NOT NULL, at INTEGER NOT NULL, recall INTEGER NOT NULL);
CREATE INDEX queue_calls_day ON queue_calls (day, service, seq);
CREATE TABLE queue_systems (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
)sql";

constexpr const char* migrations[] = {version_1, version_2, version_3, version_4, version_5};
static_assert(std::size(migrations) == latest_schema_version);

void add_column_if_missing(sqlite3* db, const std::string& table, const std::string& column, const std::string& type)
{
    Statement query(db, "SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?");
    query.bind(1, table).bind(2, column).step();
    if (query.integer(0) == 0)
        execute(db, ("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type).c_str());
}

}  // namespace

int schema_version(sqlite3* db)
{
    Statement query(db, "PRAGMA user_version");
    query.step();
    return static_cast<int>(query.integer(0));
}

void migrate(sqlite3* db)
{
    while (true) {
        // The version is read inside the write transaction: a second process opening the same
        // file at the same moment (`phare-hub user add` beside the server) waits, then finds the
        // migration done instead of running it twice.
        Transaction transaction(db);
        int version = schema_version(db);
        if (version > latest_schema_version)
            throw StorageError("this database was written by a newer phare-hub (schema " + std::to_string(version) +
                               "; this one knows up to " + std::to_string(latest_schema_version) + "): run that version or newer");
        if (version == latest_schema_version)
            return;  // the transaction rolls back: nothing was written
        execute(db, migrations[version]);
        if (version == 0) {
            // Files from before versioning may predate these columns (their rows read 0).
            add_column_if_missing(db, "heartbeats", "outbox_dropped", "INTEGER NOT NULL DEFAULT 0");
            add_column_if_missing(db, "heartbeats", "outbox_rejected", "INTEGER NOT NULL DEFAULT 0");
        }
        execute(db, ("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
        transaction.commit();
    }
}

}  // namespace phare::hub::sqlite
