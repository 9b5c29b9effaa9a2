#include "app/sync/heartbeat.h"

#include <nlohmann/json.hpp>

namespace phare::app {

namespace {

constexpr std::size_t max_error_bytes = 1000;  // the hub refuses longer texts

// Length of the valid UTF-8 sequence starting at `i`, or 0.
std::size_t utf8_sequence(const std::string& text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
            return 0;
    return length;
}

// Error texts come from libraries and may hold anything: invalid bytes become '?', then the text
// is cut on a character boundary.
std::string cut_utf8(const std::string& raw, std::size_t limit)
{
    std::string text;
    for (std::size_t i = 0; i < raw.size();) {
        const std::size_t length = utf8_sequence(raw, i);
        text += length ? raw.substr(i, length) : std::string("?");
        i += length ? length : 1;
    }
    if (text.size() <= limit)
        return text;
    std::size_t end = limit;
    // Step back over continuation bytes (10xxxxxx) so no character is cut in half.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

}  // namespace

std::string heartbeat_json(const HeartbeatReport& report)
{
    nlohmann::json body = {{"content_version", std::max(report.content_version, 0)},
                           {"uptime_s", std::max<std::int64_t>(report.uptime_s, 0)},
                           {"outbox_backlog", std::max<std::int64_t>(report.outbox_backlog, 0)},
                           {"outbox_dropped", std::max<std::int64_t>(report.outbox_dropped, 0)},
                           {"outbox_rejected", std::max<std::int64_t>(report.outbox_rejected, 0)}};
    if (!report.last_error.empty())
        body["last_error"] = cut_utf8(report.last_error, max_error_bytes);
    return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

HeartbeatSender::HeartbeatSender(net::HttpClient& http, HubEndpoint hub) : m_http(http), m_hub(std::move(hub)) {}

HeartbeatResult HeartbeatSender::send(const HeartbeatReport& report)
{
    const net::HttpResponse response =
        m_http.send(hub_post(m_hub, "/api/v1/kiosks/" + m_hub.kiosk_id + "/heartbeat", heartbeat_json(report)));
    HeartbeatResult result;
    result.failure = classify(response);
    if (!result.ok()) {
        result.error = describe("heartbeat", response);
        return result;
    }
    auto answer = nlohmann::json::parse(response.body, nullptr, false);
    if (answer.is_object() && answer.contains("manifest_version") && answer["manifest_version"].is_number_integer())
        result.manifest_version = answer["manifest_version"].get<int>();
    return result;
}

}  // namespace phare::app
