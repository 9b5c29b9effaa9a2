#include "sim_kiosk.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace phare::fleet {

namespace asio = boost::asio;
using namespace std::chrono_literals;

namespace {

SteadyClock::duration seconds(double s) { return std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(s)); }

std::string uuid_v4(std::mt19937_64& random)
{
    const std::uint64_t high = random();
    const std::uint64_t low = random();
    char text[40];
    std::snprintf(text, sizeof text, "%08" PRIx64 "-%04" PRIx64 "-4%03" PRIx64 "-%04" PRIx64 "-%012" PRIx64, high >> 32,
                  (high >> 16) & 0xffff, high & 0x0fff, 0x8000 | (low >> 48 & 0x3fff), low & 0xffffffffffff);
    return text;
}

const char* const satisfactions[] = {"good", "good", "good", "medium", "bad"};
const char* const services[] = {"titres-sejour", "naturalisation", "cartes-grises", "accueil-general", ""};
const char* const languages[] = {"fr", "fr", "fr", "en", "ar", "es", "uk"};

template<typename T, std::size_t N>
const T& pick(const T (&items)[N], std::mt19937_64& random)
{
    return items[random() % N];
}

}  // namespace

SimKiosk::SimKiosk(FleetContext& fleet, std::size_t index, std::string id, std::string token, asio::ip::address_v4 source,
                   std::shared_ptr<const ManifestInfo> manifest)
    : m_fleet(fleet), m_index(index), m_id(std::move(id)), m_token(std::move(token)), m_client(fleet.io, fleet.hub, source),
      m_timer(fleet.io), m_manifest(std::move(manifest))
{
}

void SimKiosk::start(SteadyClock::time_point at)
{
    const auto& o = m_fleet.options;
    m_started = at;
    m_next_poll = at;
    // Each kiosk booted at its own moment: its other calls are out of step with everyone else's.
    m_next_heartbeat = at + seconds(m_fleet.uniform(0, o.heartbeat_s));
    m_next_feedback = at + seconds(m_fleet.uniform(0, o.feedback_s));
    m_live_paused_until = at;
    wait_until(at);
}

void SimKiosk::stop()
{
    m_timer.cancel();
    m_client.close();
}

std::optional<std::pair<std::string, double>> SimKiosk::in_flight() const
{
    if (!m_client.busy())
        return std::nullopt;
    return std::make_pair(m_call, std::chrono::duration<double>(SteadyClock::now() - m_call_started).count());
}

void SimKiosk::wait_until(SteadyClock::time_point at)
{
    m_timer.expires_at(at);
    m_timer.async_wait([this](const boost::system::error_code& ec) {
        if (!ec)
            next();
    });
}

SteadyClock::time_point SimKiosk::next_due() const
{
    auto due = std::min({m_next_poll, m_next_heartbeat, m_next_feedback});
    if (m_sync_at)
        due = std::min(due, *m_sync_at);
    return due;
}

void SimKiosk::next()
{
    if (m_fleet.stopping)
        return;
    const auto now = SteadyClock::now();
    if (!m_blobs_to_fetch.empty())
        return fetch_blob();
    if (m_sync_at && *m_sync_at <= now) {
        m_sync_at.reset();
        return poll(CallKind::Sync);
    }
    if (m_next_poll <= now)
        return poll(CallKind::Poll);
    if (m_next_heartbeat <= now)
        return heartbeat();
    if (m_next_feedback <= now)
        return feedback();
    const auto due = next_due();
    const double until_due = std::chrono::duration<double>(due - now).count();
    if (now >= m_live_paused_until && until_due >= 1.0)
        return listen(std::min(m_fleet.options.max_wait_s, static_cast<int>(std::floor(until_due))));
    wait_until(now < m_live_paused_until ? std::min(due, m_live_paused_until) : due);
}

Request SimKiosk::authorized(http::verb verb, const std::string& target) const
{
    Request request{verb, target, 11};
    request.set(http::field::authorization, "Bearer " + m_token);
    return request;
}

void SimKiosk::record(CallKind kind, const Outcome& outcome, bool ok)
{
    if (m_fleet.stopping)
        return;  // the hub is being stopped: what fails now says nothing about service
    CallStats& stats = m_fleet.stats.of(kind);
    stats.retried += static_cast<std::size_t>(outcome.retried);
    stats.new_connections += static_cast<std::size_t>(outcome.new_connection);
    if (ok) {
        stats.ok_ms.push_back(static_cast<float>(outcome.ms));
        stats.ok_at_s.push_back(static_cast<float>(m_fleet.seconds_since_start() - outcome.ms / 1000.0));
        return;
    }
    stats.timeouts += static_cast<std::size_t>(outcome.timed_out);
    const int status = static_cast<int>(outcome.response.result_int());
    stats.errors[outcome.error.empty() ? "HTTP " + std::to_string(status) : outcome.error] += 1;
}

void SimKiosk::poll(CallKind kind)
{
    if (kind == CallKind::Poll)
        m_next_poll = std::max(m_next_poll + seconds(m_fleet.options.poll_s), SteadyClock::now());
    Request request{http::verb::get, "/api/v1/sites/" + m_fleet.site + "/manifest", 11};
    if (m_manifest && !m_manifest->etag.empty())
        request.set(http::field::if_none_match, m_manifest->etag);
    m_call = std::string(name_of(kind));
    m_call_started = SteadyClock::now();
    m_client.send(std::move(request), std::chrono::duration_cast<std::chrono::milliseconds>(seconds(m_fleet.options.timeout_s)),
                  [this, kind](Outcome&& outcome) { on_manifest(kind, std::move(outcome)); });
}

void SimKiosk::on_manifest(CallKind kind, Outcome&& outcome)
{
    const int status = static_cast<int>(outcome.response.result_int());
    bool ok = outcome.error.empty() && (status == 304 || status == 200);
    if (ok && status == 200) {
        auto manifest = m_fleet.manifest(std::string(outcome.response[http::field::etag]), outcome.response.body());
        ok = manifest != nullptr;
        if (manifest && (!m_manifest || manifest->version > m_manifest->version)) {
            if (!m_fleet.stopping)
                m_fleet.note_content(m_index, manifest->version, false);
            // The blobs this kiosk does not hold yet (a status change: status.json alone).
            std::vector<std::string> fresh;
            const std::vector<std::string> none;
            const auto& held = m_manifest ? m_manifest->blobs : none;
            std::set_difference(manifest->blobs.begin(), manifest->blobs.end(), held.begin(), held.end(), std::back_inserter(fresh));
            m_blobs_to_fetch.insert(m_blobs_to_fetch.end(), fresh.begin(), fresh.end());
            m_manifest = manifest;
        }
    }
    record(kind, outcome, ok);
    next();
}

void SimKiosk::fetch_blob()
{
    std::string name = m_blobs_to_fetch.front();
    m_blobs_to_fetch.pop_front();
    m_call = "blob";
    m_call_started = SteadyClock::now();
    m_client.send(Request{http::verb::get, "/api/v1/blobs/" + name, 11},
                  std::chrono::duration_cast<std::chrono::milliseconds>(seconds(m_fleet.options.timeout_s)), [this](Outcome&& outcome) {
                      record(CallKind::Blob, outcome, outcome.error.empty() && outcome.response.result_int() == 200);
                      next();
                  });
}

void SimKiosk::heartbeat()
{
    m_next_heartbeat = std::max(m_next_heartbeat + seconds(m_fleet.options.heartbeat_s), SteadyClock::now());
    Request request = authorized(http::verb::post, "/api/v1/kiosks/" + m_id + "/heartbeat");
    request.set(http::field::content_type, "application/json");
    const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - m_started).count();
    request.body() = nlohmann::json{{"content_version", m_manifest ? m_manifest->version : 0},
                                    {"uptime_s", uptime},
                                    {"outbox_backlog", 0},
                                    {"outbox_dropped", 0},
                                    {"outbox_rejected", 0},
                                    {"last_error", ""}}
                         .dump();
    m_call = "heartbeat";
    m_call_started = SteadyClock::now();
    m_client.send(std::move(request), std::chrono::duration_cast<std::chrono::milliseconds>(seconds(m_fleet.options.timeout_s)),
                  [this](Outcome&& outcome) {
                      record(CallKind::Heartbeat, outcome, outcome.error.empty() && outcome.response.result_int() == 200);
                      next();
                  });
}

void SimKiosk::feedback()
{
    const double mean = m_fleet.options.feedback_s;
    m_next_feedback = SteadyClock::now() + seconds(m_fleet.uniform(0.5 * mean, 1.5 * mean));
    auto& random = m_fleet.random;
    const std::size_t count = 1 + random() % 3;
    nlohmann::json ratings = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i) {
        nlohmann::json rating{{"id", uuid_v4(random)},
                              {"site", m_fleet.site},
                              {"at", FleetContext::current_hour()},
                              {"satisfaction", pick(satisfactions, random)},
                              {"clarity", 1 + static_cast<int>(random() % 5)},
                              {"lang", pick(languages, random)},
                              {"modes", random() % 4 == 0 ? nlohmann::json::array({"large-text"}) : nlohmann::json::array()}};
        if (const std::string service = pick(services, random); !service.empty())
            rating["service"] = service;
        ratings.push_back(std::move(rating));
    }
    Request request = authorized(http::verb::post, "/api/v1/feedback");
    request.set(http::field::content_type, "application/json");
    request.body() = nlohmann::json{{"kiosk", m_id}, {"ratings", std::move(ratings)}}.dump();
    m_call = "rating batch";
    m_call_started = SteadyClock::now();
    m_client.send(std::move(request), std::chrono::duration_cast<std::chrono::milliseconds>(seconds(m_fleet.options.timeout_s)),
                  [this, count](Outcome&& outcome) {
                      bool ok = outcome.error.empty() && outcome.response.result_int() == 200;
                      if (ok) {
                          auto answer = nlohmann::json::parse(outcome.response.body(), nullptr, false);
                          std::size_t acknowledged = 0;
                          for (const char* key : {"accepted", "duplicate"})
                              if (answer.is_object() && answer.contains(key) && answer[key].is_array())
                                  acknowledged += answer[key].size();
                          ok = acknowledged == count;
                          if (!ok)
                              outcome.error = "200 that does not acknowledge every rating";
                          if (!m_fleet.stopping) {
                              m_fleet.stats.ratings_sent += count;
                              m_fleet.stats.ratings_accepted += ok ? count : 0;
                          }
                      }
                      record(CallKind::Feedback, outcome, ok);
                      next();
                  });
}

void SimKiosk::listen(int wait_s)
{
    Request request = authorized(http::verb::get, "/api/v1/kiosks/" + m_id + "/events?since=" + std::to_string(m_since) +
                                                      "&wait=" + std::to_string(wait_s));
    m_call = "live";
    m_call_started = SteadyClock::now();
    // The hub answers an empty wait after W seconds; a few more are its chance to be late.
    const auto timeout = std::chrono::milliseconds(wait_s * 1000 + 10'000);
    m_client.send(std::move(request), timeout, [this, wait_s](Outcome&& outcome) { on_events(std::move(outcome), wait_s); });
}

void SimKiosk::on_events(Outcome&& outcome, int wait_s)
{
    LiveStats& live = m_fleet.stats.live;
    const bool counting = !m_fleet.stopping;
    live.requests += static_cast<std::size_t>(counting);
    const int status = static_cast<int>(outcome.response.result_int());
    const auto now = SteadyClock::now();
    if (!outcome.error.empty() || status != 200) {
        if (counting) {
            if (outcome.error.empty() && status == 404)
                live.unavailable += 1;
            else {
                live.timeouts += static_cast<std::size_t>(outcome.timed_out);
                live.errors[outcome.error.empty() ? "HTTP " + std::to_string(status) : outcome.error] += 1;
            }
        }
        // A hub without the channel (404) is asked again in five minutes; after an error, in 30 s.
        m_live_paused_until = now + (status == 404 ? 300s : 30s);
        return next();
    }
    auto answer = nlohmann::json::parse(outcome.response.body(), nullptr, false);
    if (!answer.is_object() || !answer.contains("events") || !answer["events"].is_array()) {
        if (counting)
            live.errors["200 without an events list"] += 1;
        m_live_paused_until = now + 30s;
        return next();
    }
    if (answer.contains("next") && answer["next"].is_number_integer())
        m_since = answer["next"].get<std::int64_t>();
    bool content = false;
    for (const auto& event : answer["events"]) {
        if (!event.is_object() || !event.contains("kind") || event["kind"] != "content")
            continue;
        int version = 0;
        if (event.contains("data") && event["data"].is_object())
            for (const char* key : {"version", "manifest_version"})
                if (event["data"].contains(key) && event["data"][key].is_number_integer())
                    version = event["data"][key].get<int>();
        // Events the kiosk already holds (its own version or older) are not news.
        if (version > 0 && m_manifest && version <= m_manifest->version)
            continue;
        content = true;
        if (counting)
            m_fleet.note_content(m_index, version, true);
    }
    const bool resync = answer.contains("resync") && answer["resync"] == true;
    if (counting) {
        live.resyncs += static_cast<std::size_t>(resync);
        if (resync) {
            // Counted apart: a resync answers at once by design (at a kiosk's first call, since=0).
        } else if (answer["events"].empty()) {
            live.empty += 1;
            const double late_ms = outcome.ms - wait_s * 1000.0;
            if (late_ms < -500.0 * wait_s)
                live.early_empty += 1;
            else
                live.lateness_ms.push_back(static_cast<float>(std::max(0.0, late_ms)));
        } else {
            live.with_events += 1;
        }
    }
    // Told of new content: fetch the manifest soon, at a random moment so that the whole fleet
    // does not ask in the same millisecond.
    if ((content || resync) && !m_sync_at)
        m_sync_at = now + seconds(m_fleet.uniform(0, m_fleet.options.sync_jitter_s));
    // An empty answer long before the wait asked for, again and again, would spin: back off.
    const bool early = answer["events"].empty() && !resync && outcome.ms < wait_s * 500.0;
    m_early_answers = early ? m_early_answers + 1 : 0;
    if (m_early_answers >= 2)
        m_live_paused_until = now + seconds(std::min(30.0, std::pow(2.0, m_early_answers - 2)));
    next();
}

}  // namespace phare::fleet
