// What the agents' status means at a given minute: notices in their window (urgent first), a
// service closed or reduced on its day only, moved until an agent says otherwise, and the next
// minute at which any of that changes.

#include "core/bundle/status_now.h"

#include <catch2/catch.hpp>

using namespace phare::bundle;

namespace {

Notice notice(std::string id, NoticeLevel level, std::string starts, std::string ends)
{
    Notice n;
    n.id = std::move(id);
    n.level = level;
    n.starts = std::move(starts);
    n.ends = std::move(ends);
    n.text["fr"] = "texte";
    return n;
}

SiteStatus sample()
{
    SiteStatus status;
    status.notices.push_back(notice("travaux", NoticeLevel::Normal, "2026-11-26T08:00", "2026-11-30T18:00"));
    status.notices.push_back(notice("greve", NoticeLevel::Urgent, "2026-11-26T13:00", "2026-11-26T17:00"));
    status.notices.push_back(notice("demain", NoticeLevel::Normal, "2026-11-27T08:00", "2026-11-27T12:00"));
    ServiceStatus closed;
    closed.state = ServiceState::ClosedToday;
    closed.date = "2026-11-26";
    status.services["titres"] = closed;
    ServiceStatus moved;
    moved.state = ServiceState::Moved;
    moved.moved_to = "n-guichet-c";
    status.services["permis"] = moved;
    return status;
}

std::vector<std::string> ids(const std::vector<const Notice*>& notices)
{
    std::vector<std::string> out;
    for (const Notice* n : notices)
        out.push_back(n->id);
    return out;
}

}  // namespace

TEST_CASE("notices show inside their window, urgent first, and the end minute is outside")
{
    const SiteStatus status = sample();
    CHECK(ids(notices_now(status, "2026-11-26T07:59")).empty());
    CHECK(ids(notices_now(status, "2026-11-26T08:00")) == std::vector<std::string>{"travaux"});
    CHECK(ids(notices_now(status, "2026-11-26T14:30")) == std::vector<std::string>{"greve", "travaux"});
    CHECK(ids(notices_now(status, "2026-11-26T17:00")) == std::vector<std::string>{"travaux"});
    CHECK(ids(notices_now(status, "2026-11-27T09:00")) == std::vector<std::string>{"travaux", "demain"});
    CHECK(ids(notices_now(status, "2026-12-01T09:00")).empty());
}

TEST_CASE("closed today applies on its date only, moved applies until withdrawn, others are as usual")
{
    const SiteStatus status = sample();
    REQUIRE(service_status_now(status, "titres", "2026-11-26T10:00"));
    CHECK(service_status_now(status, "titres", "2026-11-26T10:00")->state == ServiceState::ClosedToday);
    CHECK_FALSE(service_status_now(status, "titres", "2026-11-25T23:59"));
    CHECK_FALSE(service_status_now(status, "titres", "2026-11-27T00:00"));
    REQUIRE(service_status_now(status, "permis", "2031-01-01T00:00"));
    CHECK(service_status_now(status, "permis", "2031-01-01T00:00")->moved_to == "n-guichet-c");
    CHECK_FALSE(service_status_now(status, "asile", "2026-11-26T10:00"));
}

TEST_CASE("the next change is the nearest notice boundary or day boundary after now")
{
    const SiteStatus status = sample();
    CHECK(next_status_change(status, "2026-11-26T07:00") == "2026-11-26T08:00");
    CHECK(next_status_change(status, "2026-11-26T08:00") == "2026-11-26T13:00");
    CHECK(next_status_change(status, "2026-11-26T16:00") == "2026-11-26T17:00");
    CHECK(next_status_change(status, "2026-11-26T17:00") == "2026-11-26T24:00");  // "closed today" ends with the day
    CHECK(next_status_change(status, "2026-11-27T00:00") == "2026-11-27T08:00");
    CHECK(next_status_change(status, "2026-11-30T18:00") == std::nullopt);
    CHECK(next_status_change(SiteStatus{}, "2026-11-26T07:00") == std::nullopt);
}
