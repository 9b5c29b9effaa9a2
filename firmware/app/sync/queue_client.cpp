#include "app/sync/queue_client.h"

#include <nlohmann/json.hpp>

namespace phare::app {

namespace {

constexpr std::size_t max_answer_bytes = 1024 * 1024;

// The hub's French sentence from a refusal ({"error": "..."}), if it sent one.
std::string refusal_sentence(const std::string& body)
{
    const auto json = nlohmann::json::parse(body, nullptr, false);
    if (json.is_object())
        for (const char* key : {"message", "error"})
            if (auto it = json.find(key); it != json.end() && it->is_string())
                return it->get<std::string>();
    return {};
}

}  // namespace

QueueClient::QueueClient(net::HttpClient& http, HubEndpoint hub) : m_http(http), m_hub(std::move(hub)) {}

QueueSnapshotOutcome QueueClient::fetch_snapshot()
{
    net::HttpRequest request;
    request.url = hub_url(m_hub.hub_url, "/api/v1/kiosks/" + m_hub.kiosk_id + "/queue");
    request.headers = {{"Authorization", "Bearer " + m_hub.token}};
    request.max_response_bytes = max_answer_bytes;
    const net::HttpResponse response = m_http.send(request);
    QueueSnapshotOutcome outcome;
    outcome.failure = classify(response);
    if (outcome.failure != HubFailure::None) {
        outcome.error = describe("queue snapshot", response);
        return outcome;
    }
    auto snapshot = sync::parse_queue_snapshot(response.body);
    if (!snapshot) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = describe(snapshot.error());
        return outcome;
    }
    outcome.snapshot = std::move(*snapshot);
    return outcome;
}

TicketOutcome QueueClient::take_ticket(const std::string& service, const std::string& priority, const std::string& request)
{
    net::HttpRequest post = hub_post(m_hub, "/api/v1/kiosks/" + m_hub.kiosk_id + "/tickets", sync::ticket_request_body(service, priority, request));
    const net::HttpResponse response = m_http.send(post);
    TicketOutcome outcome;
    ui::TicketAnswer& answer = outcome.answer;
    const HubFailure failure = classify(response);
    if (!hub_answered(failure) || failure == HubFailure::ServerError || failure == HubFailure::RateLimited) {
        answer.unreachable = true;
        answer.error = describe("ticket", response);
        return outcome;
    }
    if (failure != HubFailure::None) {
        answer.error = refusal_sentence(response.body);  // "Ce service est fermé." (409)
        return outcome;
    }
    auto issued = sync::parse_issued_ticket(response.body);
    if (!issued) {
        answer.unreachable = true;
        answer.error = describe(issued.error());
        return outcome;
    }
    answer.ok = true;
    answer.ticket = issued->ticket;
    answer.status_url = issued->status_url;
    answer.ahead = issued->ahead;
    answer.estimate_known = issued->estimate_known;
    answer.low_minutes = issued->low_minutes;
    answer.high_minutes = issued->high_minutes;
    outcome.issued = std::move(*issued);
    return outcome;
}

}  // namespace phare::app
