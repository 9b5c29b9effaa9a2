// GET /api/v1/kiosks/{id}/events?since=SEQ&wait=SECONDS: the live channel, as a long-poll (docs/hub.md
// says why not server-sent events: one connection per kiosk carries both this and its other calls).
// Answered at once when the kiosk has something to learn, else held until an event or `wait`.

#include "hub_context.h"
#include "http_util.h"
#include "routes.h"

#include <charconv>
#include <optional>

namespace phare::hub {

namespace {

constexpr int default_wait_s = 25;
constexpr int max_wait_s = 30;

std::optional<std::int64_t> whole_number(const std::string& text, std::int64_t fallback)
{
    if (text.empty())
        return fallback;
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

void get_events(HubContext& context, const http::Request& req, http::Response& res)
{
    auto kiosk = authenticate_kiosk(context, req, res);
    if (!kiosk)
        return;
    if (req.matches[1].str() != *kiosk)
        return send_error(res, 403, "kiosk \"" + *kiosk + "\" cannot listen for \"" + req.matches[1].str() + "\"");
    auto since = whole_number(req.get_param_value("since"), 0);
    auto wait = whole_number(req.get_param_value("wait"), default_wait_s);
    if (!since)
        return send_error(res, 400, "since must be a whole number (the last event number handled, 0 at first)");
    if (!wait || *wait > max_wait_s)
        return send_error(res, 400, "wait must be a whole number of seconds from 0 to " + std::to_string(max_wait_s));
    LiveChannel& live = *context.live;
    auto answer = [](const LiveBatch& batch) {
        http::Response response;
        response.set_header("Cache-Control", "no-store");
        send_json(response, 200, live_batch_json(batch));
        return response;
    };
    LiveBatch now = live.after(*since, *kiosk);
    if (!now.events.empty() || now.resync || *wait == 0) {
        res = answer(now);
        return;
    }
    auto hold = std::make_shared<http::Hold>();
    hold->wait = std::chrono::seconds(*wait);
    hold->ready = [&live, since = *since, kiosk = *kiosk, answer]() -> std::optional<http::Response> {
        LiveBatch batch = live.after(since, kiosk);
        if (batch.events.empty() && !batch.resync)
            return std::nullopt;
        return answer(batch);
    };
    hold->timed_out = [&live, since = *since, kiosk = *kiosk, answer] { return answer(live.after(since, kiosk)); };
    res.hold = std::move(hold);
}

}  // namespace

void add_live_routes(http::Router& router, HubContext& context)
{
    router.get(R"(/api/v1/kiosks/([^/]{1,64})/events)",
               [&context](const http::Request& req, http::Response& res) { get_events(context, req, res); });
}

}  // namespace phare::hub
