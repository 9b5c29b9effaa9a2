// Log-in back-off per account and client address, the admin unlock (function and command), and
// the rate limiter's bounded memory; against a real SQLite file and the real phare-hub binary.

#include "auth.h"
#include "storage_sqlite.h"

#include "hub_fixture.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>

using namespace phare;

namespace {

const std::string password = "un mot de passe long";

struct AuthFixture {
    AuthFixture() : storage(hub::open_sqlite_storage(dir.path() + "/hub.sqlite")), auth(*storage, [this] { return now; })
    {
        storage->save_user({"marie", hub::Role::Agent, *crypto::hash_password(password)});
    }
    hub::LoginStatus fail(const std::string& client) { return auth.login("marie", "wrong", client).status; }

    test::TempDir dir;
    std::int64_t now = 1'790'000'000;
    std::unique_ptr<hub::Storage> storage;
    hub::AgentAuth auth;
};

}  // namespace

TEST_CASE("the wait after failures starts at one second and doubles up to fifteen minutes", "[hub][lockout]")
{
    CHECK(hub::AgentAuth::wait_after(1) == 0);
    CHECK(hub::AgentAuth::wait_after(4) == 0);
    CHECK(hub::AgentAuth::wait_after(5) == 1);
    CHECK(hub::AgentAuth::wait_after(6) == 2);
    CHECK(hub::AgentAuth::wait_after(7) == 4);
    CHECK(hub::AgentAuth::wait_after(14) == 512);
    CHECK(hub::AgentAuth::wait_after(15) == 15 * 60);
    CHECK(hub::AgentAuth::wait_after(1000) == 15 * 60);
}

TEST_CASE("failures from one address make that address wait, not the agent at another", "[hub][lockout]")
{
    AuthFixture f;
    for (int i = 0; i < 4; ++i)
        CHECK(f.fail("203.0.113.9") == hub::LoginStatus::Refused);
    auto fifth = f.auth.login("marie", "wrong", "203.0.113.9");
    CHECK(fifth.status == hub::LoginStatus::Locked);
    CHECK(fifth.locked_until == f.now + 1);
    // While it waits, even the right password from that address is not tried.
    CHECK(f.auth.login("marie", password, "203.0.113.9").status == hub::LoginStatus::Locked);

    // The agent at her desk logs in at once.
    auto desk = f.auth.login("marie", password, "192.0.2.10");
    REQUIRE(desk.status == hub::LoginStatus::Ok);
    CHECK(f.auth.session(desk.cookie_token)->user == "marie");

    // The attacker's waits double: 1, 2, 4 ... seconds.
    f.now += 1;
    CHECK(f.auth.login("marie", "wrong", "203.0.113.9").locked_until == f.now + 2);
    f.now += 2;
    CHECK(f.auth.login("marie", "wrong", "203.0.113.9").locked_until == f.now + 4);
    f.now += 3;
    CHECK(f.fail("203.0.113.9") == hub::LoginStatus::Locked);  // still waiting: not counted
    CHECK(f.storage->login_attempts("marie", "203.0.113.9").failures == 7);
    f.now += 1;
    CHECK(f.auth.login("marie", password, "203.0.113.9").status == hub::LoginStatus::Ok);
    CHECK(f.storage->login_attempts("marie", "203.0.113.9").failures == 0);  // a success clears that address
}

TEST_CASE("an admin unlock clears the account's counters from every address", "[hub][lockout]")
{
    AuthFixture f;
    for (int i = 0; i < 6; ++i) {
        f.fail("203.0.113.9");
        f.fail("198.51.100.7");
        f.now += 60;
    }
    f.fail("203.0.113.9");
    CHECK(f.auth.login("marie", password, "203.0.113.9").status == hub::LoginStatus::Locked);
    CHECK(f.auth.unlock("marie") == 2);
    CHECK(f.auth.unlock("marie") == 0);
    CHECK(f.auth.login("marie", password, "203.0.113.9").status == hub::LoginStatus::Ok);
}

TEST_CASE("counters quiet for a day are forgotten", "[hub][lockout]")
{
    AuthFixture f;
    f.fail("203.0.113.9");
    f.now += hub::AgentAuth::forget_after_seconds + 1;
    f.fail("198.51.100.7");
    CHECK(f.storage->login_attempts("marie", "203.0.113.9").failures == 0);
    CHECK(f.storage->login_attempts("marie", "198.51.100.7").failures == 1);
}

TEST_CASE("the wait is told in French in seconds or minutes", "[hub][lockout]")
{
    CHECK(hub::login_wait_message_fr(1).find("réessayez dans 1 seconde.") != std::string::npos);
    CHECK(hub::login_wait_message_fr(8).find("réessayez dans 8 secondes.") != std::string::npos);
    CHECK(hub::login_wait_message_fr(900).find("réessayez dans 15 minutes.") != std::string::npos);
}

TEST_CASE("phare-hub user unlock clears an account's back-off", "[hub][lockout][binary]")
{
    test::TempDir dir;
    const std::string data = dir.path() + "/data";
    {
        auto storage = hub::open_data_storage(data);
        REQUIRE(storage);
        (*storage)->save_user({"marie", hub::Role::Agent, "$argon2id$fake"});
        (*storage)->save_login_attempts("marie", "203.0.113.9", {9, 4'000'000'000, 1'790'000'000});
        (*storage)->save_login_attempts("marie", "198.51.100.7", {5, 4'000'000'000, 1'790'000'000});
    }
    const std::string command = std::string(PHARE_HUB_BINARY) + " --data " + data + " user unlock ";
    FILE* out = ::popen((command + "marie 2>&1").c_str(), "r");
    REQUIRE(out);
    char line[256] = {};
    std::string said = std::fgets(line, sizeof line, out) ? line : "";
    CHECK(::pclose(out) == 0);
    CHECK(said == "User \"marie\" unlocked: 2 failure counter(s) cleared.\n");
    auto storage = hub::open_data_storage(data);
    CHECK((*storage)->login_attempts("marie", "203.0.113.9").failures == 0);
    CHECK(WEXITSTATUS(std::system((command + "nobody 2>/dev/null").c_str())) == 1);
}

TEST_CASE("a rate limiter's memory stays bounded under many addresses, and known clients keep their budget", "[hub][lockout]")
{
    std::int64_t now = 1000;
    hub::RateLimiter limiter(2, 60, [&] { return now; }, 100);
    CHECK(limiter.allow("known"));
    for (int i = 0; i < 99; ++i)
        CHECK(limiter.allow("flood-" + std::to_string(i)));
    CHECK(limiter.size() == 100);
    // Every bucket was just drained by one: none is full, so a new key is refused...
    CHECK_FALSE(limiter.allow("flood-new"));
    CHECK(limiter.size() == 100);
    // ...while a known key keeps its own budget.
    CHECK(limiter.allow("known"));
    CHECK_FALSE(limiter.allow("known"));
    // A second later the flood's buckets have refilled: they are dropped and new keys come in.
    now += 1;
    CHECK(limiter.allow("flood-new"));
    CHECK(limiter.size() == 2);  // "known" (still drained) and "flood-new"
    for (int i = 0; i < 10'000; ++i)
        limiter.allow("more-" + std::to_string(i));
    CHECK(limiter.size() <= 100);
}
