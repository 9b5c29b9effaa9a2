#pragma once
// Acting as a kiosk and as an existing queue system against a real hub in tests: tokens, JSON
// calls and the live channel's queue events.

#include "hub_fixture.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace phare::test {

using Json = nlohmann::json;

struct QueueActors {
    explicit QueueActors(RunningHub& running) : hub(running)
    {
        kiosk_token = hub.add_kiosk("hall");
        system_token = hub::issue_queue_system_token(*hub.context().storage, "ancien-systeme", hub.now.load());
    }

    httplib::Result system_event(const Json& event) const
    {
        return hub.client().Post("/api/v1/queue/events", bearer(system_token), event.dump(), "application/json");
    }
    httplib::Result take_ticket(const std::string& service, const std::string& request, const std::string& priority = "none") const
    {
        Json body{{"service", service}, {"priority", priority}, {"request", request}};
        return hub.client().Post("/api/v1/kiosks/hall/tickets", bearer(kiosk_token), body.dump(), "application/json");
    }
    Json snapshot() const
    {
        auto res = hub.client().Get("/api/v1/kiosks/hall/queue", bearer(kiosk_token));
        REQUIRE(res);
        REQUIRE(res->status == 200);
        return Json::parse(res->body);
    }
    void open_counter(const std::string& counter, const std::vector<std::string>& services) const
    {
        auto res = system_event({{"type", "counter_opened"}, {"counter", counter}, {"services", services}});
        REQUIRE(res);
        REQUIRE(res->status == 200);
    }
    // The queue events after `since`, without waiting.
    Json queue_events(std::int64_t since) const
    {
        auto res = hub.client().Get(("/api/v1/kiosks/hall/events?since=" + std::to_string(since) + "&wait=0").c_str(), bearer(kiosk_token));
        REQUIRE(res);
        REQUIRE(res->status == 200);
        const Json body = Json::parse(res->body);
        Json events = Json::array();
        for (const auto& event : body["events"])
            if (event["kind"] == "queue")
                events.push_back(event);
        return events;
    }

    RunningHub& hub;
    std::string kiosk_token;
    std::string system_token;
};

}  // namespace phare::test
