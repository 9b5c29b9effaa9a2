#pragma once
// Everything the hub keeps, behind one interface so that a region-wide deployment can swap SQLite
// (storage_sqlite.h) for PostgreSQL without touching routes. Content blobs are not here: they are
// files (blob_store.h) that any static server or CDN can serve.
//
// Implementations are thread-safe (routes run on a thread pool) and report failures by throwing
// StorageError, which the HTTP layer turns into a 500: a broken disk is the hub's fault, never the
// caller's.

#include "queue_storage.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace phare::hub {

struct StorageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct StoredManifest {
    std::string site;
    int version = 0;
    std::string json;  // exactly the bytes served
    std::string etag;  // quoted, as sent in the ETag header
    std::int64_t published_at = 0;
};

// A kiosk and the SHA-256 of its token, as provisioning writes them.
struct KioskTokenHash {
    std::string id;
    std::string token_hash;
};

struct Heartbeat {
    std::string kiosk;
    int content_version = 0;
    std::int64_t uptime_s = 0;
    std::int64_t outbox_backlog = 0;
    std::string last_error;
    std::int64_t received_at = 0;
    std::int64_t outbox_dropped = 0;   // ratings the kiosk dropped because its outbox was full
    std::int64_t outbox_rejected = 0;  // ratings set aside on the kiosk because this hub called them malformed
};

// One visitor's rating; no personal data by design (the hour, not the minute; no free text).
struct Rating {
    std::string id;  // UUID chosen by the kiosk, as it sent it; the key is (kiosk, id in lower case)
    std::string site;
    std::string at;  // "YYYY-MM-DDTHH:00:00Z"
    std::string satisfaction;
    std::optional<int> clarity;
    std::optional<bool> found_counter;
    std::string service;
    std::string wait_band;
    std::string lang;
    std::vector<std::string> modes;
};

// Ratings counted by satisfaction for one value of a dimension (a day, a service...).
struct RatingCount {
    std::string key;
    std::int64_t good = 0;
    std::int64_t medium = 0;
    std::int64_t bad = 0;
    std::int64_t total() const { return good + medium + bad; }
};

// Day and Hour are UTC, as ratings carry them; DayAndService keys are "YYYY-MM-DD,service".
enum class RatingDimension { Day, Hour, Service, Language, Mode, DayAndService };

struct StoredRatings {
    std::vector<std::string> accepted;
    std::vector<std::string> duplicate;
};

enum class Role { Agent, Admin };

struct User {
    std::string name;
    Role role = Role::Agent;
    std::string password_hash;  // argon2id string
};

// Failed log-ins of one account from one client address.
struct LoginAttempts {
    int failures = 0;
    std::int64_t locked_until = 0;
    std::int64_t last_failure = 0;
};

struct Session {
    std::string token_hash;  // SHA-256 of the cookie value: a stolen database opens no session
    std::string user;
    std::string csrf;
    std::int64_t expires_at = 0;
};

// One message of the live channel (docs/hub.md, "Live channel events").
struct StoredEvent {
    std::int64_t seq = 0;
    std::string site;
    std::string kiosk;  // empty: every kiosk of the site
    std::string kind;
    std::string data;   // JSON
    std::int64_t created = 0;
};

struct AuditEntry {
    std::int64_t at = 0;
    std::string who;
    std::string what;
};

class Storage {
public:
    virtual ~Storage() = default;

    virtual std::optional<StoredManifest> latest_manifest(std::string_view site) = 0;
    // When this hub first published the site (its first manifest), if it ever did.
    virtual std::optional<std::int64_t> first_published_at(std::string_view site) = 0;
    // Refuses (StorageError) a version that is not greater than the latest one.
    virtual void save_manifest(const StoredManifest& manifest) = 0;

    // Adds a kiosk or replaces its token (re-provisioning); only the token's hash is kept.
    virtual void save_kiosk(const std::string& id, const std::string& token_hash, std::int64_t now) = 0;
    // The same for many kiosks in one transaction: provisioning a fleet costs one fsync, not one each.
    virtual void save_kiosks(const std::vector<KioskTokenHash>& kiosks, std::int64_t now) = 0;
    virtual std::optional<std::string> kiosk_for_token_hash(std::string_view token_hash) = 0;
    virtual void save_heartbeat(const Heartbeat& heartbeat) = 0;
    virtual std::vector<Heartbeat> heartbeats() = 0;

    // Stores new ratings and names the ones already stored (same kiosk, same id in any case), in one
    // transaction. The names are the ids as sent, so a kiosk finds its own spelling.
    virtual StoredRatings store_ratings(const std::string& kiosk, const std::vector<Rating>& ratings, std::int64_t now) = 0;

    // Reports read through their own read-only connection: a long report never holds up the
    // writer (feedback, heartbeats) nor manifest polls.
    virtual std::int64_t rating_count() = 0;
    // Sorted by key; a rating with several modes counts once for each.
    virtual std::vector<RatingCount> rating_counts(RatingDimension dimension) = 0;
    // Open data: keys "YYYY-MM-DD,service" by the hub's local day (the building's time zone), for
    // the days before `before_local_date` ("YYYY-MM-DD") only.
    virtual std::vector<RatingCount> daily_counts_before(std::string_view before_local_date) = 0;

    virtual void save_user(const User& user) = 0;
    virtual std::optional<User> find_user(std::string_view name) = 0;
    // Every account, by name (the admins' accounts page).
    virtual std::vector<User> users() = 0;
    // Failures of one account from one client address (all zero when none).
    virtual LoginAttempts login_attempts(std::string_view name, std::string_view client) = 0;
    // Saving zero failures forgets the pair.
    virtual void save_login_attempts(std::string_view name, std::string_view client, const LoginAttempts& attempts) = 0;
    // Drops counters whose last failure is older, so addresses that tried once do not pile up.
    virtual void forget_login_attempts_before(std::int64_t last_failure) = 0;
    // Forgets every counter of the account; returns how many (address) counters there were.
    virtual int clear_login_attempts(std::string_view name) = 0;

    virtual void save_session(const Session& session) = 0;
    virtual std::optional<Session> find_session(std::string_view token_hash, std::int64_t now) = 0;
    virtual void delete_session(std::string_view token_hash) = 0;

    // Live channel: appends an event and returns its sequence number (increasing, never reused,
    // kept across restarts); only the latest `kept_events` stay.
    static constexpr std::size_t kept_events = 10'000;
    virtual std::int64_t append_event(const std::string& site, const std::string& kiosk, const std::string& kind,
                                      const std::string& data_json, std::int64_t now) = 0;
    // Events with seq > `seq`, oldest first, at most `limit`.
    virtual std::vector<StoredEvent> events_after(std::int64_t seq, std::size_t limit) = 0;
    // The last seq ever given (0 before the first event), even if pruned.
    virtual std::int64_t latest_event_seq() = 0;
    // The oldest seq still kept; latest_event_seq() + 1 when none is kept. A kiosk whose `since` is
    // below oldest_event_seq() - 1 missed events and must reload everything.
    virtual std::int64_t oldest_event_seq() = 0;
    // Keeps only the latest `keep` events.
    virtual void prune_events(std::size_t keep) = 0;

    // Waiting queues: tickets, counters, calls (queue_storage.h), on the same writer.
    virtual QueueStorage& queue() = 0;

    virtual void append_audit(const AuditEntry& entry) = 0;
    // The latest entries first.
    virtual std::vector<AuditEntry> audit_entries(std::size_t limit) = 0;
};

// "3F2B..." -> "3f2b...": rating ids compare in lower case.
std::string canonical_id(std::string_view id);

std::string_view to_string(Role role);
std::optional<Role> role_from(std::string_view text);

}  // namespace phare::hub
