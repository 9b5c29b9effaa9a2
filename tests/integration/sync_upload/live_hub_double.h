#pragma once
// A hub's live channel as the kiosk sees it through its HttpClient, on the worker's simulated clock
// (fake_worker_clock.h): events published at simulated moments, a long-poll that holds until the
// next event or for its whole wait (moving the clock), resyncs, and faults the test switches on.
// Only /events requests come here; tests give every other call to a real client or a stand-in.

#include "fake_worker_clock.h"

#include "platform/net/http_client.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace phare::test {

struct LiveRequest {
    std::int64_t at_ms = 0;
    std::int64_t since = -1;
    int wait_s = -1;
    long timeout_ms = 0;
    bool has_token = false;
};

class LiveHubDouble final : public net::HttpClient {
public:
    explicit LiveHubDouble(FakeWorkerClock& clock) : m_clock(clock) {}

    // Publish an event at a simulated time; calls must come in time order. Returns its seq.
    std::int64_t publish_at(std::int64_t at_ms, std::string kind)
    {
        std::lock_guard lock(m_mutex);
        m_log.push_back({static_cast<std::int64_t>(m_log.size()) + m_first_seq, at_ms, std::move(kind)});
        return m_log.back().seq;
    }
    // When it returns an answer, that answer replaces the log's (a fault: down, 404, 429, garbage).
    std::function<std::optional<net::HttpResponse>(const LiveRequest&)> fault;
    // A broken hub that answers "nothing new" at once instead of holding the request.
    bool ignore_wait = false;
    // A hub that answers every since=0 with a resync, even with an empty log.
    bool resync_at_zero = false;

    net::HttpResponse send(const net::HttpRequest& request) override
    {
        LiveRequest asked;
        asked.at_ms = m_clock.milliseconds();
        asked.since = query_number(request.url, "since");
        asked.wait_s = static_cast<int>(query_number(request.url, "wait"));
        asked.timeout_ms = request.timeout_ms;
        for (const auto& [name, value] : request.headers)
            asked.has_token = asked.has_token || (name == "Authorization" && value.rfind("Bearer ", 0) == 0);
        std::unique_lock lock(m_mutex);
        requests.push_back(asked);
        if (fault) {
            if (auto answer = fault(asked))
                return *answer;
        }
        const std::int64_t latest = latest_visible(asked.at_ms);
        // Nothing to replay from 0 when the log is empty: such a hub holds the request as usual.
        if ((asked.since == 0 && (latest > 0 || resync_at_zero)) || asked.since > latest)
            return answer({}, latest, true);
        std::vector<const Event*> after = visible_after(asked.since, asked.at_ms);
        if (!after.empty())
            return answer(after, after.back()->seq, false);
        if (ignore_wait)
            return answer({}, latest, false);
        // Hold: until the next event inside the wait, or for the whole wait.
        const std::int64_t end = asked.at_ms + asked.wait_s * 1000LL;
        for (const Event& event : m_log)
            if (event.seq > asked.since && event.at_ms <= end) {
                m_clock.advance_to(event.at_ms);
                return answer(visible_after(asked.since, event.at_ms), event.seq, false);
            }
        m_clock.advance_to(end);
        return answer({}, latest_visible(end), false);
    }

    std::vector<LiveRequest> requests;  // read after the worker stopped

private:
    struct Event {
        std::int64_t seq;
        std::int64_t at_ms;
        std::string kind;
    };

    static std::int64_t query_number(const std::string& url, const std::string& name)
    {
        const auto at = url.find(name + "=");
        return at == std::string::npos ? -1 : std::stoll(url.substr(at + name.size() + 1));
    }
    std::int64_t latest_visible(std::int64_t now) const
    {
        std::int64_t latest = m_first_seq - 1;
        for (const Event& event : m_log)
            if (event.at_ms <= now)
                latest = event.seq;
        return std::max<std::int64_t>(latest, 0);
    }
    std::vector<const Event*> visible_after(std::int64_t since, std::int64_t now) const
    {
        std::vector<const Event*> after;
        for (const Event& event : m_log)
            if (event.seq > since && event.at_ms <= now)
                after.push_back(&event);
        return after;
    }
    static net::HttpResponse answer(const std::vector<const Event*>& events, std::int64_t next, bool resync)
    {
        nlohmann::json list = nlohmann::json::array();
        for (const Event* event : events)
            list.push_back({{"seq", event->seq}, {"kind", event->kind}, {"data", {{"version", event->seq}}}});
        net::HttpResponse response;
        response.status = 200;
        response.body = nlohmann::json{{"events", list}, {"next", next}, {"resync", resync}}.dump();
        return response;
    }

    FakeWorkerClock& m_clock;
    std::mutex m_mutex;
    std::vector<Event> m_log;
    std::int64_t m_first_seq = 1;
};

}  // namespace phare::test
