#include "app/sync/live_channel.h"

#include <algorithm>

namespace phare::app {

namespace {

// An answer is a few events; a hub that sends more is broken.
constexpr std::size_t max_answer_bytes = 1024 * 1024;

}  // namespace

LiveChannel::LiveChannel(net::HttpClient& http, HubEndpoint hub, std::chrono::milliseconds answer_margin)
    : m_http(http), m_hub(std::move(hub)), m_answer_margin(answer_margin)
{
}

LiveOutcome LiveChannel::wait_for_events(std::int64_t since, std::chrono::seconds wait, const std::atomic<bool>* interrupt)
{
    const int wait_s = static_cast<int>(std::clamp<std::int64_t>(wait.count(), 0, sync::live_max_wait_s));
    net::HttpRequest request;
    request.url = hub_url(m_hub.hub_url, sync::live_events_path(m_hub.kiosk_id, since, wait_s));
    request.headers = {{"Authorization", "Bearer " + m_hub.token}};
    request.max_response_bytes = max_answer_bytes;
    // In curl's type (long), whatever width the clock's count has on this platform.
    const std::chrono::duration<long, std::milli> timeout = std::chrono::seconds(wait_s) + m_answer_margin;
    request.timeout_ms = timeout.count();
    request.interrupt = interrupt;
    const net::HttpResponse response = m_http.send(request);

    LiveOutcome outcome;
    if (response.error == "interrupted") {
        outcome.kind = LiveOutcome::Kind::Interrupted;
        return outcome;
    }
    outcome.retry_after_s = response.retry_after_s;
    outcome.failure = classify(response);
    if (outcome.failure != HubFailure::None) {
        // A hub from before the live channel: say so plainly, polling carries on.
        outcome.error = response.status == 404 ? "live channel: the hub has no live channel (HTTP 404); polling only"
                                                : describe("live channel", response);
        return outcome;
    }
    auto batch = sync::parse_live_events(response.body, since);
    if (!batch) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = describe(batch.error());  // "live events:/next: ..."
        return outcome;
    }
    outcome.kind = LiveOutcome::Kind::Events;
    outcome.batch = std::move(*batch);
    return outcome;
}

}  // namespace phare::app
