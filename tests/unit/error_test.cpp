// core/error.h: the one error type at module edges. describe() is the line a log or a terminal
// shows, so its shape is checked exactly; fail() builds the failed value of any Result.

#include "core/error.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace phare;

namespace {

Result<int> halve(int number)
{
    if (number % 2 != 0)
        return fail("--count", std::to_string(number) + " is odd; give an even number");
    return number / 2;
}

}  // namespace

TEST_CASE("describe puts where before the message, and leaves it out when it is empty", "[error]")
{
    CHECK(describe({"cannot create the folder: Permission denied", "/var/lib/phare"}) ==
          "/var/lib/phare: cannot create the folder: Permission denied");
    CHECK(describe({"must be a list", "live events:/events"}) == "live events:/events: must be a list");
    CHECK(describe({"the hub cannot be reached", ""}) == "the hub cannot be reached");
}

TEST_CASE("fail gives a Result its error, with where and message in their places", "[error]")
{
    const Result<int> even = halve(8);
    REQUIRE(even);
    CHECK(*even == 4);
    const Result<int> odd = halve(7);
    REQUIRE_FALSE(odd);
    CHECK(odd.error().where == "--count");
    CHECK(odd.error().message == "7 is odd; give an even number");
    CHECK(describe(odd.error()) == "--count: 7 is odd; give an even number");

    const Result<void> done = {};
    CHECK(done);
    const Result<std::unique_ptr<int>> refused = fail("", "no reason");
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == Error{"no reason", ""});
}
