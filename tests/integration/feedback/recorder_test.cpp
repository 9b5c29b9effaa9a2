// The recorder on a real outbox: a UUID and an hour are given, the rating is on disk before the UI
// hears RatingStored, and a missing outbox fails visibly instead of thanking anyone.

#include "app/feedback_recorder.h"
#include "platform/store/outbox.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <regex>
#include <unistd.h>

using namespace phare;
namespace fs = std::filesystem;

TEST_CASE("a submitted rating is stored with a UUID and the hour, then reported", "[feedback]")
{
    const fs::path dir = fs::temp_directory_path() / ("phare-recorder-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::atomic<int> wakes{0};
    {
        app::FeedbackRecorder recorder(store::Outbox::open((dir / "outbox.db").string(), 100).value(), [&] { ++wakes; });
        feedback::Rating rating;
        rating.site = "tiny";
        rating.satisfaction = feedback::Satisfaction::Medium;
        recorder.submit(rating);
        recorder.wait_idle();
        auto results = recorder.take_results();
        REQUIRE(results.size() == 1);
        CHECK(results[0].ok);
        CHECK(wakes.load() == 1);
    }
    auto opened = store::Outbox::open((dir / "outbox.db").string(), 100);
    REQUIRE(opened);
    auto stored = (*opened)->oldest(10);
    REQUIRE(stored.size() == 1);
    CHECK(std::regex_match(stored[0].id, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    CHECK(std::regex_match(stored[0].at_hour, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:00:00Z)")));
    fs::remove_all(dir);
}

TEST_CASE("without an outbox a rating fails and is never acknowledged", "[feedback]")
{
    app::FeedbackRecorder recorder(nullptr, {});
    recorder.submit(feedback::Rating{});
    recorder.wait_idle();
    auto results = recorder.take_results();
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results[0].ok);
}

TEST_CASE("hours are rounded down and written in UTC", "[feedback]")
{
    using namespace std::chrono;
    const auto when = sys_days{year{2026} / 11 / 26} + hours{14} + minutes{59} + seconds{59};
    CHECK(app::hour_stamp(when) == "2026-11-26T14:00:00Z");
}
