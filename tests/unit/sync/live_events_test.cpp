// The live channel's answers (docs/sync.md, "The live channel"): a good batch is read with its
// kinds, a resync is recognised, and every answer that could make the kiosk skip or repeat an
// event is refused with a sentence naming the field.

#include "core/sync/live_events.h"

#include <catch2/catch.hpp>

using namespace phare::sync;

namespace {

std::string error_of(std::string_view body, std::int64_t since)
{
    auto parsed = parse_live_events(body, since);
    REQUIRE_FALSE(parsed);
    return describe(parsed.error());
}

}  // namespace

TEST_CASE("a batch of events is read in order with its kinds, and content makes a sync due", "[sync][live]")
{
    auto batch = parse_live_events(R"({"events":[{"seq":11,"kind":"queue","data":{"ticket":"A12"}},
        {"seq":12,"kind":"content","data":{"version":5}},{"seq":14,"kind":"firmware"},{"seq":15,"kind":"command","data":{}}],
        "next":15,"resync":false,"later_field":1})",
                                   10);
    INFO((batch ? "" : describe(batch.error())));
    REQUIRE(batch);
    REQUIRE(batch->events.size() == 4);
    CHECK(batch->events[0].seq == 11);
    CHECK(batch->events[0].kind == LiveEventKind::Queue);
    CHECK(batch->events[1].kind == LiveEventKind::Content);
    CHECK(batch->events[1].content_version == 5);
    CHECK(batch->events[2].kind == LiveEventKind::Unknown);
    CHECK(batch->events[2].kind_name == "firmware");
    CHECK(batch->events[3].kind == LiveEventKind::Command);
    CHECK(batch->next == 15);
    CHECK_FALSE(batch->resync);
    CHECK(batch->content_due());
}

TEST_CASE("an empty answer after the wait advances to the hub's latest seq and asks for nothing", "[sync][live]")
{
    auto batch = parse_live_events(R"({"events":[],"next":40,"resync":false})", 40);
    REQUIRE(batch);
    CHECK(batch->events.empty());
    CHECK(batch->next == 40);
    CHECK_FALSE(batch->content_due());

    // Events that are not content (a queue ticket) do not start a content sync either.
    batch = parse_live_events(R"({"events":[{"seq":41,"kind":"queue"}],"next":41})", 40);
    REQUIRE(batch);
    CHECK_FALSE(batch->resync);  // absent means false
    CHECK_FALSE(batch->content_due());
    // A content event without data is still a content event.
    batch = parse_live_events(R"({"events":[{"seq":42,"kind":"content"}],"next":42})", 41);
    REQUIRE(batch);
    CHECK(batch->content_due());
    CHECK_FALSE(batch->events[0].content_version.has_value());
}

TEST_CASE("a resync asks for a full sync and may restart the numbering below since", "[sync][live]")
{
    // First start: since=0.
    auto batch = parse_live_events(R"({"events":[],"next":120,"resync":true})", 0);
    REQUIRE(batch);
    CHECK(batch->resync);
    CHECK(batch->content_due());
    CHECK(batch->next == 120);
    // A hub whose log was reset: its numbers start again below what the kiosk had.
    batch = parse_live_events(R"({"events":[{"seq":2,"kind":"content"}],"next":3,"resync":true})", 500);
    REQUIRE(batch);
    CHECK(batch->next == 3);
    CHECK(batch->events.at(0).seq == 2);
}

TEST_CASE("answers that would lose or repeat an event are refused, naming the field", "[sync][live]")
{
    CHECK(error_of(R"({"events":[],"next":9})", 10) == "live events:/next: 9 is before since=10 without \"resync\"");
    CHECK(error_of(R"({"events":[{"seq":10,"kind":"content"}],"next":10})", 10) ==
          "live events:/events/0/seq: 10 is not after since=10 (an event the kiosk has already handled)");
    CHECK(error_of(R"({"events":[{"seq":12,"kind":"content"},{"seq":11,"kind":"queue"}],"next":12})", 10) ==
          "live events:/events/1/seq: 11 is not after the previous event's 12");
    CHECK(error_of(R"({"events":[{"seq":12,"kind":"content"},{"seq":12,"kind":"queue"}],"next":12})", 10) ==
          "live events:/events/1/seq: 12 is not after the previous event's 12");
    CHECK(error_of(R"({"events":[{"seq":13,"kind":"content"}],"next":12})", 10) ==
          "live events:/next: 12 is before event 13 (the kiosk would see it again)");
    // Even with resync, the order and `next` must hold.
    CHECK(error_of(R"({"events":[{"seq":5,"kind":"content"},{"seq":4,"kind":"content"}],"next":5,"resync":true})", 0) ==
          "live events:/events/1/seq: 4 is not after the previous event's 5");
}

TEST_CASE("malformed answers are refused with what is wrong", "[sync][live]")
{
    CHECK(error_of("", 0) == "live events: the answer is not JSON");
    CHECK(error_of("<html>502 Bad Gateway</html>", 0) == "live events: the answer is not JSON");
    CHECK(error_of("[]", 0) == "live events: the answer must be an object with \"events\", \"next\" and \"resync\"");
    CHECK(error_of(R"({"events":[]})", 0) == "live events:/next: missing (the sequence number to ask from next time)");
    CHECK(error_of(R"({"next":3})", 0) == "live events:/events: missing (an empty list when nothing is new)");
    CHECK(error_of(R"({"events":{},"next":3})", 0) == "live events:/events: must be a list");
    CHECK(error_of(R"({"events":[],"next":-1,"resync":true})", 0) == "live events:/next: must be a whole number, 0 or more");
    CHECK(error_of(R"({"events":[],"next":3.5})", 0) == "live events:/next: must be a whole number, 0 or more");
    CHECK(error_of(R"({"events":[],"next":"3"})", 0) == "live events:/next: must be a whole number, 0 or more");
    CHECK(error_of(R"({"events":[],"next":3,"resync":"yes"})", 0) == "live events:/resync: must be true or false");
    CHECK(error_of(R"({"events":[7],"next":7})", 0) == "live events:/events/0: must be an object with \"seq\" and \"kind\"");
    CHECK(error_of(R"({"events":[{"kind":"content"}],"next":7})", 0) == "live events:/events/0/seq: missing");
    CHECK(error_of(R"({"events":[{"seq":1.5,"kind":"content"}],"next":7})", 0) ==
          "live events:/events/0/seq: must be a whole number, 0 or more");
    CHECK(error_of(R"({"events":[{"seq":1}],"next":7})", 0) == "live events:/events/0/kind: must be a string such as \"content\"");
    CHECK(error_of(R"({"events":[{"seq":1,"kind":3}],"next":7})", 0) ==
          "live events:/events/0/kind: must be a string such as \"content\"");
    CHECK(error_of(R"({"events":[],"next":18446744073709551615})", 0) == "live events:/next: must be a whole number, 0 or more");
}

TEST_CASE("an error's where is the place in the answer, and the message what is wrong there", "[sync][live]")
{
    auto junk = parse_live_events(R"({"events":[{"seq":3,"kind":"content"},"junk"],"next":7})", 0);
    REQUIRE_FALSE(junk);
    CHECK(junk.error().where == "live events:/events/1");
    CHECK(junk.error().message == "must be an object with \"seq\" and \"kind\"");
    auto not_json = parse_live_events("<html>502 Bad Gateway</html>", 0);
    REQUIRE_FALSE(not_json);
    CHECK(not_json.error().where == "live events");  // no place: the whole answer is wrong
}

TEST_CASE("the request path carries since and a wait clamped to the protocol's 0..30 s", "[sync][live]")
{
    CHECK(live_events_path("hall", 12, 25) == "/api/v1/kiosks/hall/events?since=12&wait=25");
    CHECK(live_events_path("hall", 0, 90) == "/api/v1/kiosks/hall/events?since=0&wait=30");
    CHECK(live_events_path("hall", -4, -1) == "/api/v1/kiosks/hall/events?since=0&wait=0");
}
