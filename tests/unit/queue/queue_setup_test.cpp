// queue.json: the example sites' counters load; each mistake is reported with file, place and why.

#include "core/content/site_loader.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::Severity;
using test::has_problem;
using Json = nlohmann::json;

namespace {

const content::SourceFiles& prefecture()
{
    static const content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    return files;
}

content::LoadedSite with_queue(const std::function<void(Json&)>& change)
{
    return content::load_site(test::with_json(prefecture(), "queue.json", change));
}

}  // namespace

TEST_CASE("the example sites' queues load: every queued service has a counter standing on the map", "[queue]")
{
    auto folder = GENERATE(as<std::string>{}, "config/sites/prefecture-44", "config/sites/mairie-demo");
    auto loaded = content::load_site(test::read_site(folder));
    INFO(folder << "\n" << test::all_problems(loaded.problems));
    REQUIRE(loaded.site);
    CHECK(loaded.problems.empty());
    const content::Site& site = *loaded.site;
    REQUIRE_FALSE(site.queue.empty());
    for (const content::Service& service : site.services) {
        if (service.queue_prefix.empty())
            continue;
        std::ptrdiff_t counters = 0;
        for (const content::Counter& counter : site.queue.counters)
            counters += std::count(counter.services.begin(), counter.services.end(), service.id);
        CHECK(counters >= 1);
    }
    for (const content::Counter& counter : site.queue.counters) {
        CHECK(site.map.find_node(counter.node));
        CHECK(site.queue.find_counter(counter.id) == &counter);
        CHECK_FALSE(site.text(counter.name, site.default_language).empty());
    }
}

TEST_CASE("a site without queue.json has no queue", "[queue]")
{
    auto files = prefecture();
    files.erase("queue.json");
    auto loaded = content::load_site(files);
    REQUIRE(loaded.site);
    CHECK(loaded.site->queue.empty());
    CHECK(loaded.site->queue.find_counter("guichet-a") == nullptr);
}

TEST_CASE("queue.json reads the priority rule, defaulting to one call in 3", "[queue]")
{
    auto set = with_queue([](Json& j) { j["priority"]["one_call_in"] = 1; });
    REQUIRE(set.site);
    CHECK(set.site->queue.priority_one_call_in == 1);
    auto unset = with_queue([](Json& j) { j.erase("priority"); });
    REQUIRE(unset.site);
    CHECK(unset.site->queue.priority_one_call_in == 3);
    auto zero = with_queue([](Json& j) { j["priority"]["one_call_in"] = 0; });
    CHECK_FALSE(zero.site);
    CHECK(has_problem(zero.problems, Severity::Error, "queue.json", "/priority/one_call_in", "must be from 1"));
}

TEST_CASE("queue.json mistakes name the file, the place and what is wrong", "[queue]")
{
    SECTION("duplicate counter id")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][2]["id"] = "guichet-a"; });
        CHECK_FALSE(loaded.site);
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/2/id",
                          "duplicate counter id \"guichet-a\" (first at /counters/1/id)"));
    }
    SECTION("an id with capitals")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][0]["id"] = "Guichet-A"; });
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/0/id", "not a valid id"));
    }
    SECTION("a node the map does not have")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][1]["node"] = "n-guichet-z"; });
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/1/node", "unknown node \"n-guichet-z\""));
    }
    SECTION("an unknown service")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][1]["services"][0] = "titre-sejour"; });
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/1/services/0", "unknown service \"titre-sejour\""));
    }
    SECTION("a service without queue_prefix")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][1]["services"].push_back("toilettes"); });
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/1/services/1", "has no queue_prefix"));
    }
    SECTION("a queued service no counter serves")
    {
        auto loaded = with_queue([](Json& j) { j["counters"].erase(8); });  // bureau-212, associations
        CHECK_FALSE(loaded.site);
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters",
                          "service \"associations\" has a queue (queue_prefix \"S\") but no counter serves it"));
    }
    SECTION("a name without the default language")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][0]["name"].erase("fr"); });
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/0/name/fr", "missing translation"));
    }
    SECTION("a misspelt field")
    {
        auto loaded = with_queue([](Json& j) { j["counters"][0]["nodes"] = "n-accueil"; });
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/0/nodes", "did you mean \"node\"?"));
    }
    SECTION("a counter that is not an object")
    {
        auto loaded = with_queue([](Json& j) { j["counters"].push_back("guichet-9"); });
        CHECK_FALSE(loaded.site);
        CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/9", "expected a counter"));
    }
    SECTION("broken JSON")
    {
        auto files = prefecture();
        files["queue.json"] = "{\"counters\": [,]}";
        auto loaded = content::load_site(files);
        CHECK_FALSE(loaded.site);
        REQUIRE_FALSE(loaded.problems.empty());
        CHECK(loaded.problems.front().file == "queue.json");
    }
}

TEST_CASE("every mistake of queue.json is reported in one run", "[queue]")
{
    auto loaded = with_queue([](Json& j) {
        j["counters"][0]["node"] = "nowhere";
        j["counters"][3]["services"] = Json::array();
        j["priority"]["one_call_in"] = "three";
    });
    CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/0/node", "unknown node"));
    CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/counters/3/services", "at least one service"));
    CHECK(has_problem(loaded.problems, Severity::Error, "queue.json", "/priority/one_call_in", "expected"));
}
