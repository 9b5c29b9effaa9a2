#pragma once
// The feedback outbox: ratings wait here, on disk, until the hub has acknowledged them. SQLite in
// WAL mode with synchronous=FULL: once add() returns, the rating survives a power cut, which is
// what lets the kiosk say "Merci, votre avis est enregistré" honestly.
//
// Bounded: past `capacity` ratings the oldest are dropped first (a week-old backlog matters less
// than today's visitors); drops are counted and reported in heartbeats.

#include "feedback/rating.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace phare::store {

struct OutboxStats {
    std::int64_t pending = 0;
    std::int64_t dropped = 0;  // since the outbox was created, because it was full
};

class Outbox {
public:
    // Opens or creates the database file; nullopt with `error` set when it cannot.
    static std::unique_ptr<Outbox> open(const std::string& path, std::int64_t capacity, std::string& error);
    ~Outbox();
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    // Durable when it returns true. A rating whose id is already there is not stored twice.
    bool add(const feedback::Rating& rating, std::string& error);
    // The oldest pending ratings, at most `limit`, for an upload batch.
    std::vector<feedback::Rating> oldest(int limit);
    // The hub acknowledged these ids (accepted or duplicate): they leave the outbox.
    bool remove(const std::vector<std::string>& ids, std::string& error);
    OutboxStats stats();

private:
    struct Impl;
    explicit Outbox(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::store
