// The outbox on a real SQLite file: what add() accepted survives closing and reopening (and, with
// synchronous=FULL, a power cut); an id is never stored twice; the bound drops oldest first.

#include "platform/store/outbox.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace phare;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("phare-outbox-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    static inline int counter = 0;
};

feedback::Rating rating(const std::string& id, feedback::Satisfaction satisfaction = feedback::Satisfaction::Good)
{
    feedback::Rating r;
    r.id = id;
    r.site = "tiny";
    r.kiosk = "borne";
    r.at_hour = "2026-11-26T10:00:00Z";
    r.satisfaction = satisfaction;
    r.clarity = 4;
    r.lang = "fr";
    r.modes = {"large", "speech"};
    return r;
}

std::unique_ptr<store::Outbox> open(const fs::path& file, std::int64_t capacity = 1000)
{
    auto outbox = store::Outbox::open(file.string(), capacity);
    INFO((outbox ? "" : describe(outbox.error())));
    REQUIRE(outbox);
    return std::move(*outbox);
}

}  // namespace

TEST_CASE("a stored rating is still there after the outbox is reopened", "[feedback][outbox]")
{
    TempDir dir;
    {
        auto outbox = open(dir.path / "outbox.db");
        REQUIRE(outbox->add(rating("a", feedback::Satisfaction::Bad)));
    }
    auto outbox = open(dir.path / "outbox.db");
    auto pending = outbox->oldest(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].id == "a");
    CHECK(pending[0].satisfaction == feedback::Satisfaction::Bad);
    CHECK(pending[0].clarity == 4);
    CHECK(pending[0].modes == std::vector<std::string>{"large", "speech"});
}

TEST_CASE("the same rating id is stored once", "[feedback][outbox]")
{
    TempDir dir;
    auto outbox = open(dir.path / "outbox.db");
    REQUIRE(outbox->add(rating("same")));
    REQUIRE(outbox->add(rating("same")));
    CHECK(outbox->stats().pending == 1);
}

TEST_CASE("acknowledged ratings leave, oldest first order is kept", "[feedback][outbox]")
{
    TempDir dir;
    auto outbox = open(dir.path / "outbox.db");
    std::string error;
    for (const char* id : {"1", "2", "3", "4"})
        REQUIRE(outbox->add(rating(id)));
    auto batch = outbox->oldest(2);
    REQUIRE(batch.size() == 2);
    CHECK(batch[0].id == "1");
    CHECK(batch[1].id == "2");
    REQUIRE(outbox->remove({"1", "2"}));
    batch = outbox->oldest(10);
    REQUIRE(batch.size() == 2);
    CHECK(batch[0].id == "3");
}

TEST_CASE("a full outbox drops the oldest ratings and counts them", "[feedback][outbox]")
{
    TempDir dir;
    auto outbox = open(dir.path / "outbox.db", 3);
    std::string error;
    for (int i = 0; i < 5; ++i)
        REQUIRE(outbox->add(rating(std::to_string(i))));
    auto stats = outbox->stats();
    CHECK(stats.pending == 3);
    CHECK(stats.dropped == 2);
    CHECK(outbox->oldest(1).front().id == "2");
}

TEST_CASE("an outbox that cannot be created says where and why", "[feedback][outbox]")
{
    auto outbox = store::Outbox::open("/nonexistent-dir/phare/outbox.db", 10);
    REQUIRE_FALSE(outbox);
    CHECK(outbox.error().where == "/nonexistent-dir/phare/outbox.db");
    CHECK_FALSE(outbox.error().message.empty());  // SQLite's reason
    CHECK(describe(outbox.error()).starts_with("/nonexistent-dir/phare/outbox.db: "));
}
