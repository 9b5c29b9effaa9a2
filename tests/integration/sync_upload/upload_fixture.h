#pragma once
// Shared by the upload tests: ratings as the kiosk makes them, the hub's own SQLite read back to
// check "every id exactly once", a hub on a chosen port with a clock the test drives, and HTTP
// decorators for the faults the tests inject on purpose (a lost answer, counting requests).

#include "support/free_port.h"
#include "hub_fixture.h"
#include "test_ratings.h"

#include "core/feedback/rating.h"
#include "platform/net/curl_http_client.h"
#include "platform/store/outbox.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace phare::test {

inline std::unique_ptr<store::Outbox> open_outbox(const std::string& path, std::int64_t capacity = 1'000'000)
{
    auto outbox = store::Outbox::open(path, capacity);
    INFO((outbox ? "" : describe(outbox.error())));
    REQUIRE(outbox);
    return std::move(*outbox);
}

inline std::vector<std::string> add_ratings(store::Outbox& outbox, int count, std::mt19937_64& random)
{
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        ids.push_back(uuid(random));
        auto added = outbox.add(kiosk_rating(ids.back(), i));
        INFO((added ? "" : describe(added.error())));
        REQUIRE(added);
    }
    return ids;
}

inline std::vector<std::string> pending_ids(store::Outbox& outbox)
{
    std::vector<std::string> ids;
    for (const auto& rating : outbox.oldest_stored(1'000'000))
        ids.push_back(rating.id);
    return ids;
}

// Every rating row on the hub, read from its SQLite file (a second connection, read-only), with
// how many rows carry each id: "exactly once" is checked on the hub's disk, not on its answers.
struct HubRatings {
    std::int64_t rows = 0;
    std::multiset<std::string> ids;
    std::set<std::string> distinct() const { return {ids.begin(), ids.end()}; }
};

inline HubRatings hub_ratings(const std::string& data_dir)
{
    HubRatings result;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2((data_dir + "/hub.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT id FROM ratings", -1, &statement, nullptr) == SQLITE_OK);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++result.rows;
        result.ids.insert(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

inline std::set<std::string> as_set(const std::vector<std::string>& ids) { return {ids.begin(), ids.end()}; }

// The real hub on a port chosen by the test, its clock a function (the worker's simulated time).
class HubOnPort {
public:
    HubOnPort(int port, std::string data_dir, hub::Clock clock) : m_data(std::move(data_dir))
    {
        hub::HubOptions options{m_data, source_dir("config/sites/prefecture-44"), std::move(clock), 2, 2};
        auto opened = hub::Hub::open(options);
        if (!opened)
            throw std::runtime_error(describe(opened.error()));
        m_hub = std::move(*opened);
        auto bound = m_hub->bind("127.0.0.1", port);
        if (!bound)
            throw std::runtime_error(describe(bound.error()));
        m_thread = std::thread([this] { m_hub->run(); });
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!m_hub->is_running() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ~HubOnPort()
    {
        m_hub->stop();
        m_thread.join();
    }
    std::string add_kiosk(const std::string& id, std::int64_t now) { return hub::issue_kiosk_token(*m_hub->context().storage, id, now); }
    hub::HubContext& context() { return m_hub->context(); }
    const std::string& data_dir() const { return m_data; }

private:
    std::string m_data;
    std::unique_ptr<hub::Hub> m_hub;
    std::thread m_thread;
};

// Counts what goes out, by call, and can run something before each request (e.g. move a clock).
class CountingClient final : public net::HttpClient {
public:
    explicit CountingClient(net::HttpClient& inner) : m_inner(inner) {}
    net::HttpResponse send(const net::HttpRequest& request) override
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_counts[kind(request.url)];
        }
        if (before_send)
            before_send(request);
        return m_inner.send(request);
    }
    int count(const std::string& what)
    {
        std::lock_guard lock(m_mutex);
        return m_counts[what];
    }
    static std::string kind(const std::string& url)
    {
        if (url.find("/api/v1/feedback") != std::string::npos)
            return "feedback";
        if (url.find("/heartbeat") != std::string::npos)
            return "heartbeat";
        return "other";
    }
    std::function<void(const net::HttpRequest&)> before_send;

private:
    net::HttpClient& m_inner;
    std::mutex m_mutex;
    std::map<std::string, int> m_counts;
};

// The hub gets the request and answers, but the answer never reaches the kiosk (a connection cut
// on the way back): what a kiosk sees when its network drops after the hub committed.
class LostAnswerClient final : public net::HttpClient {
public:
    LostAnswerClient(net::HttpClient& inner, int answers_to_lose) : m_inner(inner), m_to_lose(answers_to_lose) {}
    net::HttpResponse send(const net::HttpRequest& request) override
    {
        net::HttpResponse response = m_inner.send(request);
        if (m_to_lose <= 0)
            return response;
        --m_to_lose;
        lost_statuses.push_back(response.status);
        net::HttpResponse lost;
        lost.error = "connection reset by peer (injected)";
        return lost;
    }
    std::vector<int> lost_statuses;

private:
    net::HttpClient& m_inner;
    int m_to_lose;
};

inline net::HttpClientOptions loopback_options()
{
    net::HttpClientOptions options;
    options.connect_timeout_ms = 2000;
    options.total_timeout_ms = 10000;
    return options;
}

}  // namespace phare::test
