#include "core/sync/live_events.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace phare::sync {

namespace {

using Json = nlohmann::json;

// `pointer` is the place in the answer: "live events:/events/1/seq".
tl::unexpected<Error> problem(const std::string& pointer, const std::string& what)
{
    return fail("live events:" + pointer, what);
}

// A sequence number: a whole number from 0 up (JSON integers only; 3.0 or "3" are refused).
std::optional<std::int64_t> sequence(const Json& value)
{
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return static_cast<std::int64_t>(number);
    }
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0)
        return value.get<std::int64_t>();
    return std::nullopt;
}

LiveEventKind kind_of(const std::string& name)
{
    if (name == "content")
        return LiveEventKind::Content;
    if (name == "queue")
        return LiveEventKind::Queue;
    if (name == "command")
        return LiveEventKind::Command;
    return LiveEventKind::Unknown;
}

}  // namespace

bool LiveBatch::content_due() const
{
    return resync || std::any_of(events.begin(), events.end(), [](const LiveEvent& event) { return event.kind == LiveEventKind::Content; });
}

Result<LiveBatch> parse_live_events(std::string_view body, std::int64_t since)
{
    const Json root = Json::parse(body, nullptr, false);
    if (root.is_discarded())
        return fail("live events", "the answer is not JSON");
    if (!root.is_object())
        return fail("live events", "the answer must be an object with \"events\", \"next\" and \"resync\"");

    LiveBatch batch;
    if (auto it = root.find("resync"); it != root.end()) {
        if (!it->is_boolean())
            return problem("/resync", "must be true or false");
        batch.resync = it->get<bool>();
    }
    const auto next = root.find("next");
    if (next == root.end())
        return problem("/next", "missing (the sequence number to ask from next time)");
    const auto next_seq = sequence(*next);
    if (!next_seq)
        return problem("/next", "must be a whole number, 0 or more");
    batch.next = *next_seq;
    if (!batch.resync && batch.next < since)
        return problem("/next", std::to_string(batch.next) + " is before since=" + std::to_string(since) + " without \"resync\"");

    const auto events = root.find("events");
    if (events == root.end())
        return problem("/events", "missing (an empty list when nothing is new)");
    if (!events->is_array())
        return problem("/events", "must be a list");
    std::optional<std::int64_t> previous;
    for (std::size_t i = 0; i < events->size(); ++i) {
        const Json& item = (*events)[i];
        const std::string at = "/events/" + std::to_string(i);
        if (!item.is_object())
            return problem(at, "must be an object with \"seq\" and \"kind\"");
        const auto seq_field = item.find("seq");
        if (seq_field == item.end())
            return problem(at + "/seq", "missing");
        const auto seq = sequence(*seq_field);
        if (!seq)
            return problem(at + "/seq", "must be a whole number, 0 or more");
        if (previous && *seq <= *previous)
            return problem(at + "/seq", std::to_string(*seq) + " is not after the previous event's " + std::to_string(*previous));
        if (!batch.resync && *seq <= since)
            return problem(at + "/seq", std::to_string(*seq) + " is not after since=" + std::to_string(since) +
                                            " (an event the kiosk has already handled)");
        if (*seq > batch.next)
            return problem("/next", std::to_string(batch.next) + " is before event " + std::to_string(*seq) +
                                        " (the kiosk would see it again)");
        previous = seq;

        const auto kind_field = item.find("kind");
        if (kind_field == item.end() || !kind_field->is_string())
            return problem(at + "/kind", "must be a string such as \"content\"");
        LiveEvent event;
        event.seq = *seq;
        event.kind_name = kind_field->get<std::string>();
        event.kind = kind_of(event.kind_name);
        // Only "content" data is read, and only as information: the manifest poll decides.
        if (event.kind == LiveEventKind::Content) {
            if (auto data = item.find("data"); data != item.end() && data->is_object()) {
                if (auto version = data->find("version"); version != data->end() && version->is_number_integer() &&
                                                          version->get<std::int64_t>() > 0 &&
                                                          version->get<std::int64_t>() <= std::numeric_limits<int>::max())
                    event.content_version = version->get<int>();
            }
        }
        // Queue data is read by sync/queue_board; a malformed one is refused there, alone.
        if (event.kind == LiveEventKind::Queue)
            if (auto data = item.find("data"); data != item.end())
                event.data = data->dump();
        batch.events.push_back(std::move(event));
    }
    return batch;
}

std::string live_events_path(const std::string& kiosk_id, std::int64_t since, int wait_s)
{
    wait_s = std::clamp(wait_s, 0, live_max_wait_s);
    return "/api/v1/kiosks/" + kiosk_id + "/events?since=" + std::to_string(std::max<std::int64_t>(since, 0)) +
           "&wait=" + std::to_string(wait_s);
}

}  // namespace phare::sync
