#pragma once
// The feedback outbox: ratings wait here, on disk, until the hub has acknowledged them. SQLite in
// WAL mode with synchronous=FULL: once add() returns, the rating survives a power cut, which is
// what lets the kiosk say "Merci, votre avis est enregistré" honestly.
//
// Bounded: past `capacity` ratings the oldest are dropped first (a week-old backlog matters less
// than today's visitors); drops are counted and reported in heartbeats.
//
// A rating the hub refuses as malformed (400 naming its id) can never be sent as it is: it is moved
// to a `rejected` table with the hub's reason, counted, reported in heartbeats, and kept for a
// maintainer (requeue_rejected() puts them back after a fix). Nothing leaves without a count.
//
// Thread-safe: calls are serialised on one connection, so the recorder's worker and the network
// worker may share one Outbox. Two Outbox objects on the same file also work (WAL, busy timeout).

#include "core/error.h"
#include "core/feedback/rating.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace phare::store {

struct OutboxStats {
    std::int64_t pending = 0;
    std::int64_t dropped = 0;   // since the outbox was created, because it was full
    std::int64_t rejected = 0;  // set aside because the hub called them malformed, still on disk
};

// A rating as stored: its id and its JSON body, exactly the wire format (feedback::to_json).
struct PendingRating {
    std::string id;
    std::string body;
};

class Outbox {
public:
    // Opens or creates the database file. Every error, here and below, names that file and gives
    // SQLite's reason.
    static Result<std::unique_ptr<Outbox>> open(const std::string& path, std::int64_t capacity);
    ~Outbox();
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    // Durable when it succeeds. A rating whose id is already there is not stored twice.
    Result<void> add(const feedback::Rating& rating);
    // The oldest pending ratings, at most `limit`, for an upload batch.
    std::vector<feedback::Rating> oldest(int limit);
    // The oldest pending ratings as stored, at most `limit`: what the uploader sends.
    std::vector<PendingRating> oldest_stored(int limit);
    // The hub acknowledged these ids (accepted or duplicate): they leave the outbox.
    Result<void> remove(const std::vector<std::string>& ids);
    // These ids can never be accepted as they are: moved aside with `reason`, counted.
    Result<void> reject(const std::vector<std::string>& ids, const std::string& reason);
    // A maintainer fixed the cause: every set-aside rating goes back to the end of the queue.
    // Returns how many.
    Result<std::int64_t> requeue_rejected();
    OutboxStats stats();

private:
    struct Impl;
    explicit Outbox(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::store
