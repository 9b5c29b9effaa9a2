// What a service's status tag may claim now: open until the end of the current range, closed and
// opening later today, closed for the rest of the day, closed all day, and the agents' status
// overriding the week; no claim at all without a local time.

#include "core/content/open_now.h"
#include "core/content/week_spans.h"

#include <catch2/catch.hpp>

using namespace phare::content;

namespace {

// 2026-11-23 is a Monday, 2026-11-28 a Saturday.
WeekHours office_week()
{
    WeekHours week;
    for (int day = 0; day < 5; ++day)
        week[static_cast<std::size_t>(day)] = {{8 * 60 + 30, 12 * 60}, {13 * 60 + 30, 16 * 60}};
    week[5] = {};  // Saturday: closed
    week[6] = {};
    return week;
}

ServiceStatus agents(ServiceState state, std::vector<std::string> hours = {})
{
    ServiceStatus s;
    s.state = state;
    s.date = "2026-11-23";
    s.hours = std::move(hours);
    return s;
}

}  // namespace

TEST_CASE("the day of the week and the minute of a local time")
{
    CHECK(weekday_of("2026-11-23T10:00") == 0);  // Monday
    CHECK(weekday_of("2026-11-26T10:00") == 3);  // Thursday
    CHECK(weekday_of("2026-11-29T10:00") == 6);  // Sunday
    CHECK(weekday_of("2024-02-29T00:00") == 3);  // a leap day, Thursday
    CHECK(weekday_of("2000-01-01T00:00") == 5);  // Saturday
    CHECK(weekday_of("1970-01-01T00:00") == 3);
    CHECK(minute_of_day("2026-11-23T00:00") == 0);
    CHECK(minute_of_day("2026-11-23T13:30") == 13 * 60 + 30);
    CHECK(minute_of_day("2026-11-23T23:59") == 23 * 60 + 59);
    for (const char* bad : {"", "2026-11-23", "2026-11-23 10:00", "2026-13-01T10:00", "2026-11-23T24:00", "2026-11-23T10:60", "abcd-ef-ghTij:kl"}) {
        INFO(bad);
        CHECK_FALSE((weekday_of(bad).has_value() && minute_of_day(bad).has_value()));
    }
}

TEST_CASE("open now: until the end of the current range, the ends included and excluded")
{
    const WeekHours week = office_week();
    struct Case {
        const char* time;
        OpenNowKind kind;
        int minute;
    };
    const Case cases[] = {
        {"2026-11-23T00:00", OpenNowKind::OpensLater, 8 * 60 + 30},       // before opening
        {"2026-11-23T08:29", OpenNowKind::OpensLater, 8 * 60 + 30},
        {"2026-11-23T08:30", OpenNowKind::Open, 12 * 60},                 // exactly at opening: open
        {"2026-11-23T11:59", OpenNowKind::Open, 12 * 60},
        {"2026-11-23T12:00", OpenNowKind::OpensLater, 13 * 60 + 30},      // exactly at closing: closed
        {"2026-11-23T13:00", OpenNowKind::OpensLater, 13 * 60 + 30},      // lunch break
        {"2026-11-23T13:30", OpenNowKind::Open, 16 * 60},
        {"2026-11-23T15:59", OpenNowKind::Open, 16 * 60},
        {"2026-11-23T16:00", OpenNowKind::ClosedForToday, -1},             // after the last range
        {"2026-11-23T23:59", OpenNowKind::ClosedForToday, -1},
        {"2026-11-27T09:00", OpenNowKind::Open, 12 * 60},                 // Friday
        {"2026-11-28T10:00", OpenNowKind::ClosedToday, -1},               // Saturday: no hours
        {"2026-11-29T00:00", OpenNowKind::ClosedToday, -1},               // Sunday
    };
    for (const Case& c : cases) {
        INFO(c.time);
        const OpenNow now = open_now(week, nullptr, c.time);
        CHECK(now.kind == c.kind);
        CHECK(now.minute == c.minute);
        CHECK_FALSE(now.by_agents);
        CHECK(now.day == *weekday_of(c.time));
        CHECK(now.today.size() == week[static_cast<std::size_t>(now.day)].size());
    }
}

TEST_CASE("open now: ranges out of order, touching, and running to midnight")
{
    WeekHours week;
    week[0] = {{14 * 60, 18 * 60}, {9 * 60, 12 * 60}};  // written afternoon first
    week[1] = {{9 * 60, 12 * 60}, {12 * 60, 14 * 60}};  // touching: one opening
    week[2] = {{20 * 60, 24 * 60}};
    CHECK(open_now(week, nullptr, "2026-11-23T08:00").minute == 9 * 60);
    CHECK(open_now(week, nullptr, "2026-11-23T13:00").minute == 14 * 60);
    CHECK(open_now(week, nullptr, "2026-11-23T13:00").kind == OpenNowKind::OpensLater);
    CHECK(open_now(week, nullptr, "2026-11-23T10:00").minute == 12 * 60);
    const OpenNow touching = open_now(week, nullptr, "2026-11-24T10:00");
    CHECK(touching.kind == OpenNowKind::Open);
    CHECK(touching.minute == 14 * 60);
    const OpenNow late = open_now(week, nullptr, "2026-11-25T23:59");
    CHECK(late.kind == OpenNowKind::Open);
    CHECK(late.minute == 24 * 60);
}

TEST_CASE("open now: the agents' status overrides the week")
{
    const WeekHours week = office_week();
    // Closed by the agents on a day that is normally open, at a time it would be open.
    const ServiceStatus closed = agents(ServiceState::ClosedToday);
    const OpenNow shut = open_now(week, &closed, "2026-11-23T10:00");
    CHECK(shut.kind == OpenNowKind::ClosedToday);
    CHECK(shut.by_agents);
    CHECK(shut.today.empty());  // never the normal hours of that day
    CHECK(shut.minute == -1);

    const ServiceStatus reduced = agents(ServiceState::Reduced, {"09:00-11:00"});
    for (const char* time : {"2026-11-23T08:00", "2026-11-23T10:00", "2026-11-23T15:00"}) {
        INFO(time);
        const OpenNow now = open_now(week, &reduced, time);
        CHECK(now.kind == OpenNowKind::Reduced);
        CHECK(now.by_agents);
        REQUIRE(now.today.size() == 1);
        CHECK(now.today[0].start_minute == 9 * 60);
        CHECK(now.today[0].end_minute == 11 * 60);
    }

    ServiceStatus moved = agents(ServiceState::Moved);
    moved.moved_to = "n-guichet-c";
    const OpenNow gone = open_now(week, &moved, "2026-11-23T10:00");
    CHECK(gone.kind == OpenNowKind::Moved);
    CHECK(gone.by_agents);
    CHECK(gone.day == 0);
    CHECK(gone.today.size() == 2);  // its hours still hold, at the new place

    // "Open" from the agents is the week as usual.
    const ServiceStatus open = agents(ServiceState::Open);
    CHECK(open_now(week, &open, "2026-11-23T10:00").kind == OpenNowKind::Open);
}

TEST_CASE("open now: no claim about now without a local time")
{
    const WeekHours week = office_week();
    for (const char* time : {"", "10:00", "2026-11-23", "not a time"}) {
        INFO(time);
        const OpenNow now = open_now(week, nullptr, time);
        CHECK(now.kind == OpenNowKind::Unknown);
        CHECK(now.day == -1);
        CHECK(now.today.empty());
        const ServiceStatus closed = agents(ServiceState::ClosedToday);
        CHECK(open_now(week, &closed, time).kind == OpenNowKind::Unknown);
    }
    // A move is no claim about time: it still shows.
    const ServiceStatus moved = agents(ServiceState::Moved);
    const OpenNow gone = open_now(week, &moved, "");
    CHECK(gone.kind == OpenNowKind::Moved);
    CHECK(gone.day == -1);
}

TEST_CASE("the week made compact: consecutive days with the same hours on one line")
{
    const WeekHours week = office_week();
    const std::vector<DaySpan> all = week_spans(week);
    REQUIRE(all.size() == 2);
    CHECK(all[0].first == 0);
    CHECK(all[0].last == 4);
    CHECK(all[0].ranges.size() == 2);
    CHECK(all[1].first == 5);  // Saturday and Sunday, closed, grouped too
    CHECK(all[1].last == 6);
    CHECK(all[1].ranges.empty());

    // Today (Wednesday) has a line of its own: the run breaks around it.
    const std::vector<DaySpan> around = week_spans(week, 2);
    REQUIRE(around.size() == 3);
    CHECK((around[0].first == 0 && around[0].last == 1));
    CHECK((around[1].first == 3 && around[1].last == 4));
    CHECK((around[2].first == 5 && around[2].last == 6));
    // Today first or last: the rest stays whole.
    CHECK(week_spans(week, 0).front().first == 1);
    CHECK(week_spans(week, 6).back().last == 5);

    // Same days apart are not merged: only consecutive ones.
    WeekHours alternate;
    for (std::size_t day = 0; day < 7; ++day)
        alternate[day] = day % 2 == 0 ? std::vector<TimeRange>{{9 * 60, 12 * 60}} : std::vector<TimeRange>{};
    CHECK(week_spans(alternate).size() == 7);
    // Every day different but one hour apart.
    WeekHours each;
    for (std::size_t day = 0; day < 7; ++day)
        each[day] = {{9 * 60, static_cast<int>(12 + day) * 60}};
    CHECK(week_spans(each).size() == 7);
    CHECK(week_spans(WeekHours{}).size() == 1);  // closed all week: one line
    CHECK(same_hours({{9 * 60, 12 * 60}}, {{9 * 60, 12 * 60}}));
    CHECK_FALSE(same_hours({{9 * 60, 12 * 60}}, {{9 * 60, 12 * 60}, {13 * 60, 14 * 60}}));
    CHECK_FALSE(same_hours({{9 * 60, 12 * 60}}, {{9 * 60, 12 * 60 + 1}}));
}

TEST_CASE("the next minute at which what a service page says of now may change")
{
    Service office;
    office.hours = office_week();
    Service lunch_hours;
    lunch_hours.hours[0] = {{12 * 60 + 15, 13 * 60 + 45}};
    const std::vector<Service> services{office, lunch_hours};
    CHECK(next_hours_change(services, "2026-11-23T07:00") == "2026-11-23T08:30");
    CHECK(next_hours_change(services, "2026-11-23T08:30") == "2026-11-23T12:00");  // strictly after
    CHECK(next_hours_change(services, "2026-11-23T12:00") == "2026-11-23T12:15");  // another service's edge
    CHECK(next_hours_change(services, "2026-11-23T12:15") == "2026-11-23T13:30");
    CHECK(next_hours_change(services, "2026-11-23T13:30") == "2026-11-23T13:45");
    CHECK(next_hours_change(services, "2026-11-23T16:00") == "2026-11-23T24:00");  // the day turns
    CHECK(next_hours_change(services, "2026-11-28T10:00") == "2026-11-28T24:00");  // Saturday: nothing opens
    CHECK(next_hours_change({}, "2026-11-23T10:00") == "2026-11-23T24:00");
    CHECK_FALSE(next_hours_change(services, "").has_value());
    // Each answer is what open_now changes at: just before it and at it, some service differs.
    const std::string before = "2026-11-23T11:59";
    const std::string at = *next_hours_change(services, before);
    CHECK(open_now(office.hours, nullptr, before).kind != open_now(office.hours, nullptr, at).kind);
}
