// The queue board on the kiosk (docs/queue.md, "On the kiosk"): snapshots and live events read
// with errors naming the field, each call announced exactly once and in order, nothing old
// announced after a resync, and a board without news for two minutes no longer shown as live.

#include "core/sync/queue_board.h"

#include <catch2/catch.hpp>

using namespace phare::sync;

namespace {

const char* snapshot_body = R"({"day":"2026-12-01","seq":123,
 "services":[{"service":"titres","serving":"A 042","waiting":5,"estimate":{"low_minutes":20,"high_minutes":30},"counters_open":["guichet-3"]},
             {"service":"permis","serving":"","waiting":0,"estimate":null,"counters_open":[]}],
 "calls":[{"ticket":"A 041","service":"titres","counter":"guichet-2","at":"2026-12-01T10:40:00","recall":false},
          {"ticket":"A 042","service":"titres","counter":"guichet-3","at":"2026-12-01T10:42:05","recall":false}]})";

QueueEvent call_event(const std::string& ticket, const std::string& counter, int waiting)
{
    auto event = parse_queue_event(R"({"type":"call","call":{"ticket":")" + ticket + R"(","service":"titres","counter":")" + counter +
                                   R"(","at":"2026-12-01T10:43:00","recall":false},"services":[{"service":"titres","serving":")" + ticket +
                                   R"(","waiting":)" + std::to_string(waiting) + R"(,"estimate":null,"counters_open":["guichet-3"]}]})");
    REQUIRE(event);
    return *event;
}

std::string snapshot_error(const std::string& body)
{
    auto parsed = parse_queue_snapshot(body);
    REQUIRE_FALSE(parsed);
    return describe(parsed.error());
}

}  // namespace

TEST_CASE("a queue snapshot is read with its boards and calls", "[sync][queue]")
{
    auto snapshot = parse_queue_snapshot(snapshot_body);
    INFO((snapshot ? "" : describe(snapshot.error())));
    REQUIRE(snapshot);
    CHECK(snapshot->seq == 123);
    REQUIRE(snapshot->services.size() == 2);
    CHECK(snapshot->services[0].serving == "A 042");
    CHECK(snapshot->services[0].waiting == 5);
    CHECK(snapshot->services[0].estimate_known);
    CHECK(snapshot->services[0].high_minutes == 30);
    CHECK_FALSE(snapshot->services[1].estimate_known);
    REQUIRE(snapshot->calls.size() == 2);
    CHECK(snapshot->calls[1].counter == "guichet-3");
}

TEST_CASE("a bad queue snapshot or event is refused naming the field", "[sync][queue]")
{
    CHECK(snapshot_error("nope") == "queue snapshot: the answer is not JSON");
    CHECK(snapshot_error("[]") == "queue snapshot: the answer must be a JSON object");
    CHECK(snapshot_error(R"({"seq":1})") == "queue snapshot:/services: missing (the board of each queued service)");
    CHECK(snapshot_error(R"({"seq":1,"services":[{"service":"t","waiting":-1}]})") ==
          "queue snapshot:/services/0/waiting: must be a whole number, 0 or more");
    CHECK(snapshot_error(R"({"seq":1,"services":[{"service":"t","waiting":1,"estimate":{"low_minutes":9,"high_minutes":3}}]})") ==
          "queue snapshot:/services/0/estimate/high_minutes: is below low_minutes");
    CHECK(snapshot_error(R"({"services":[]})").starts_with("queue snapshot:/seq: must be a whole number"));
    CHECK(snapshot_error(R"({"seq":2,"services":[],"calls":[{"ticket":"","service":"t","counter":"c"}]})") ==
          "queue snapshot:/calls/0/ticket: must not be empty");
    auto event = parse_queue_event(R"({"type":"shout","services":[]})");
    REQUIRE_FALSE(event);
    CHECK(event.error().where == "queue event:/type");
    CHECK(event.error().message == "\"shout\" is neither \"call\" nor \"board\"");
    event = parse_queue_event(R"({"type":"call","services":[]})");
    REQUIRE_FALSE(event);
    CHECK(describe(event.error()) == "queue event:/call: missing (a \"call\" event names the ticket and the counter)");
}

TEST_CASE("each call is announced exactly once, in order; replays and resyncs announce nothing", "[sync][queue]")
{
    auto snapshot = parse_queue_snapshot(snapshot_body);
    REQUIRE(snapshot);
    QueueBoard board = apply_snapshot({}, *snapshot, 1000);
    // The snapshot's newest call is on the banner but not announced.
    REQUIRE(board.last_call);
    CHECK(board.last_call->ticket == "A 042");

    // An event the snapshot already covers (seq 123) changes nothing.
    auto old = apply_event(board, 123, call_event("A 042", "guichet-3", 5), 1100);
    CHECK_FALSE(old.announce);
    board = old.board;

    auto first = apply_event(board, 124, call_event("A 043", "guichet-3", 4), 1200);
    REQUIRE(first.announce);
    CHECK(first.announce->ticket == "A 043");
    CHECK(first.announce->seq == 124);
    CHECK(first.board.find("titres")->waiting == 4);
    CHECK(first.board.find("permis") != nullptr);  // untouched services stay
    board = first.board;

    // The same event again (the worker asked from the same since after a lost answer).
    auto again = apply_event(board, 124, call_event("A 043", "guichet-3", 4), 1300);
    CHECK_FALSE(again.announce);
    // An older event arriving late is not announced either.
    CHECK_FALSE(apply_event(board, 120, call_event("A 039", "guichet-1", 9), 1300).announce);

    auto board_only = apply_event(board, 125, *parse_queue_event(R"({"type":"board","services":[{"service":"titres","serving":"A 043","waiting":7}]})"), 1400);
    CHECK_FALSE(board_only.announce);
    CHECK(board_only.board.find("titres")->waiting == 7);
    CHECK(board_only.board.last_call->ticket == "A 043");  // the banner stays until the next call

    // A resync: the new snapshot replaces the board and nothing is announced.
    snapshot->seq = 130;
    QueueBoard resynced = apply_snapshot(board_only.board, *snapshot, 2000);
    CHECK(resynced.seq == 130);
    CHECK_FALSE(apply_event(resynced, 129, call_event("A 044", "guichet-3", 3), 2100).announce);
    CHECK(apply_event(resynced, 131, call_event("A 044", "guichet-3", 3), 2100).announce);
}

TEST_CASE("a board without news for two minutes, or an unreachable hub, is not live", "[sync][queue]")
{
    QueueBoard board;
    CHECK_FALSE(is_live(board, 0));
    board = apply_snapshot(board, *parse_queue_snapshot(snapshot_body), 10'000);
    CHECK(is_live(board, 10'000));
    CHECK(is_live(board, 10'000 + queue_stale_after_ms));
    CHECK_FALSE(is_live(board, 10'001 + queue_stale_after_ms));
    board = confirm(board, true, 100'000);
    CHECK(is_live(board, 100'000 + 60'000));
    board = confirm(board, false, 110'000);
    CHECK_FALSE(is_live(board, 110'000));
    CHECK(board.has_data);  // the numbers are kept, but not shown as live
}

TEST_CASE("the hub's ticket answer is read, and a bad one refused naming the field", "[sync][queue]")
{
    auto ticket = parse_issued_ticket(R"({"ticket":"A 043","service":"titres","number":43,"priority":"none","ahead":5,
        "estimate":{"low_minutes":20,"high_minutes":30},"status_url":"https://hub.example/ticket/x","issued_at":"2026-12-01T10:43:00"})");
    INFO((ticket ? "" : describe(ticket.error())));
    REQUIRE(ticket);
    CHECK(ticket->ticket == "A 043");
    CHECK(ticket->number == 43);
    CHECK(ticket->ahead == 5);
    CHECK(ticket->estimate_known);
    CHECK(ticket->low_minutes == 20);
    CHECK(ticket->status_url == "https://hub.example/ticket/x");
    auto unknown = parse_issued_ticket(R"({"ticket":"A 043","service":"titres","number":43,"ahead":0,"estimate":null})");
    REQUIRE(unknown);
    CHECK_FALSE(unknown->estimate_known);
    auto bad = parse_issued_ticket(R"({"ticket":"A 043","service":"titres","number":"43","ahead":0})");
    REQUIRE_FALSE(bad);
    CHECK(describe(bad.error()) == "ticket:/number: must be a whole number, 0 or more");
    CHECK(ticket_request_body("titres", "pregnancy", "u-1") == R"({"priority":"pregnancy","request":"u-1","service":"titres"})");
}
