#include "app/sync/feedback_uploader.h"

#include "platform/system/log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace phare::app {

namespace {

using Json = nlohmann::json;

constexpr int max_batch = 500;  // docs/hub.md: at most 500 ratings per batch

std::set<std::string> ids_of(const std::vector<store::PendingRating>& batch)
{
    std::set<std::string> ids;
    for (const auto& rating : batch)
        ids.insert(rating.id);
    return ids;
}

// The position of the rating a problem's field points at: "/ratings/7/clarity" -> 7.
std::optional<std::size_t> rating_index(const std::string& field)
{
    const std::string prefix = "/ratings/";
    if (field.rfind(prefix, 0) != 0)
        return std::nullopt;
    std::size_t end = field.find('/', prefix.size());
    std::string digits = field.substr(prefix.size(), end == std::string::npos ? std::string::npos : end - prefix.size());
    if (digits.empty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoul(digits);
}

}  // namespace

FeedbackUploader::FeedbackUploader(net::HttpClient& http, store::Outbox& outbox, UploaderSettings settings)
    : m_http(http), m_outbox(outbox), m_settings(std::move(settings))
{
    m_settings.batch_size = std::clamp(m_settings.batch_size, 1, max_batch);
}

UploadOutcome FeedbackUploader::upload_once(const std::atomic<bool>* cancel)
{
    UploadOutcome outcome;
    for (;;) {
        if (cancel && cancel->load()) {
            outcome.failure = HubFailure::Cancelled;
            outcome.error = "feedback upload: cancelled";
            break;
        }
        auto batch = m_outbox.oldest_stored(m_settings.batch_size);
        if (batch.empty())
            break;
        if (send_batch(batch, outcome) == BatchResult::Stop)
            break;
    }
    outcome.pending = m_outbox.stats().pending;
    return outcome;
}

FeedbackUploader::BatchResult FeedbackUploader::send_batch(const std::vector<store::PendingRating>& batch, UploadOutcome& outcome)
{
    Json ratings = Json::array();
    std::vector<std::string> unreadable;
    for (const auto& rating : batch) {
        Json body = Json::parse(rating.body, nullptr, false);
        if (body.is_object())
            ratings.push_back(std::move(body));
        else
            unreadable.push_back(rating.id);
    }
    if (!unreadable.empty()) {
        // A body the kiosk itself cannot read (a bug or a damaged file): no hub will take it.
        set_aside(unreadable, "unreadable in the outbox", outcome);
        return BatchResult::Sent;
    }
    const HubEndpoint hub{m_settings.hub_url, m_settings.kiosk_id, m_settings.token};
    const Json envelope = {{"kiosk", m_settings.kiosk_id}, {"ratings", std::move(ratings)}};
    const net::HttpResponse response = m_http.send(hub_post(hub, "/api/v1/feedback", envelope.dump()));
    const HubFailure failure = classify(response);
    if (failure == HubFailure::None)
        return handle_accepted(batch, response.body, outcome);
    if (response.status == 400)
        return handle_malformed(batch, response, outcome);
    outcome.failure = failure;
    outcome.error = describe("feedback upload", response);
    return BatchResult::Stop;
}

FeedbackUploader::BatchResult FeedbackUploader::handle_accepted(const std::vector<store::PendingRating>& batch, const std::string& body,
                                                                UploadOutcome& outcome)
{
    const std::set<std::string> sent = ids_of(batch);
    Json answer = Json::parse(body, nullptr, false);
    std::vector<std::string> acknowledged;
    std::int64_t accepted = 0, duplicate = 0;
    for (const char* key : {"accepted", "duplicate"}) {
        if (!answer.is_object() || !answer.contains(key) || !answer[key].is_array())
            continue;
        for (const auto& id : answer[key]) {
            // Only ids of this batch leave: a confused or hostile answer cannot empty the outbox.
            if (!id.is_string() || !sent.count(id.get<std::string>()))
                continue;
            acknowledged.push_back(id.get<std::string>());
            ++(std::string(key) == "accepted" ? accepted : duplicate);
        }
    }
    if (acknowledged.empty()) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = "feedback upload: the hub answered 200 without acknowledging any rating of the batch";
        return BatchResult::Stop;
    }
    if (auto removed = m_outbox.remove(acknowledged); !removed) {
        // Not fatal for the visitor: the ratings stay and the next run gets them as duplicates.
        outcome.failure = HubFailure::ServerError;
        outcome.error = "feedback upload: outbox: " + describe(removed.error());
        return BatchResult::Stop;
    }
    ++outcome.batches;
    outcome.accepted += accepted;
    outcome.duplicate += duplicate;
    // A partial acknowledgement is the hub's business; stop rather than resend the rest in a loop.
    if (acknowledged.size() != batch.size()) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = "feedback upload: the hub acknowledged " + std::to_string(acknowledged.size()) + " of " +
                        std::to_string(batch.size()) + " ratings";
        return BatchResult::Stop;
    }
    return BatchResult::Sent;
}

FeedbackUploader::BatchResult FeedbackUploader::handle_malformed(const std::vector<store::PendingRating>& batch,
                                                                 const net::HttpResponse& response, UploadOutcome& outcome)
{
    // docs/hub.md: nothing of the batch was stored; each problem names its rating by id (when it
    // could be read) and by its position in the batch.
    const std::set<std::string> sent = ids_of(batch);
    Json answer = Json::parse(response.body, nullptr, false);
    std::map<std::string, std::string> reasons;  // id -> "field: message"
    if (answer.is_object() && answer.contains("problems") && answer["problems"].is_array()) {
        for (const auto& problem : answer["problems"]) {
            if (!problem.is_object())
                continue;
            const std::string field = problem.value("field", "");
            std::string id = problem.contains("id") && problem["id"].is_string() ? problem["id"].get<std::string>() : "";
            if (!sent.count(id)) {
                auto index = rating_index(field);
                id = index && *index < batch.size() ? batch[*index].id : "";
            }
            if (!id.empty()) {
                std::string& reason = reasons[id];
                reason += (reason.empty() ? "" : "; ") + field + " " + problem.value("message", "");
            }
        }
    }
    if (reasons.empty()) {
        // The batch itself is refused (e.g. the kiosk id in the configuration is not a valid word):
        // no rating is to blame, so none is set aside.
        outcome.failure = HubFailure::BadRequest;
        outcome.error = describe("feedback upload", response);
        return BatchResult::Stop;
    }
    for (const auto& [id, reason] : reasons)
        set_aside({id}, "hub: " + reason.substr(0, 500), outcome);
    return outcome.failure == HubFailure::None ? BatchResult::Sent : BatchResult::Stop;
}

void FeedbackUploader::set_aside(const std::vector<std::string>& ids, const std::string& reason, UploadOutcome& outcome)
{
    if (auto set = m_outbox.reject(ids, reason); !set) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = "feedback upload: outbox: " + describe(set.error());
        return;
    }
    outcome.rejected += static_cast<std::int64_t>(ids.size());
    log::warning("upload", "rating set aside as malformed (" + reason + "): " + ids.front());
}

}  // namespace phare::app
