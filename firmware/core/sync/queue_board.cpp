#include "core/sync/queue_board.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace phare::sync {

namespace {

using Json = nlohmann::json;

struct Reader {
    std::string what;  // "queue snapshot", "queue event"
    std::optional<Error> error;  // the first one

    // `pointer` is the field ("/services/0/waiting"); empty: the answer as a whole.
    bool fail(const std::string& pointer, const std::string& sentence)
    {
        if (!error)
            error = Error{sentence, pointer.empty() ? what : what + ":" + pointer};
        return false;
    }

    bool string(const Json& object, const std::string& at, const char* key, std::string& out, bool required = true)
    {
        auto it = object.find(key);
        if (it == object.end())
            return !required || fail(at + "/" + key, "missing");
        if (!it->is_string())
            return fail(at + "/" + key, "must be a string");
        out = it->get<std::string>();
        return true;
    }

    bool count(const Json& object, const std::string& at, const char* key, int& out)
    {
        auto it = object.find(key);
        if (it == object.end())
            return fail(at + "/" + key, "missing");
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0 || it->get<std::int64_t>() > std::numeric_limits<int>::max())
            return fail(at + "/" + key, "must be a whole number, 0 or more");
        out = it->get<int>();
        return true;
    }

    bool board(const Json& item, const std::string& at, ServiceBoard& out)
    {
        if (!item.is_object())
            return fail(at, "must be an object with \"service\", \"serving\", \"waiting\", \"estimate\" and \"counters_open\"");
        if (!string(item, at, "service", out.service) || !string(item, at, "serving", out.serving, false) ||
            !count(item, at, "waiting", out.waiting))
            return false;
        if (auto estimate = item.find("estimate"); estimate != item.end() && !estimate->is_null()) {
            if (!estimate->is_object())
                return fail(at + "/estimate", "must be null or an object with \"low_minutes\" and \"high_minutes\"");
            if (!count(*estimate, at + "/estimate", "low_minutes", out.low_minutes) ||
                !count(*estimate, at + "/estimate", "high_minutes", out.high_minutes))
                return false;
            if (out.high_minutes < out.low_minutes)
                return fail(at + "/estimate/high_minutes", "is below low_minutes");
            out.estimate_known = true;
        }
        if (auto open = item.find("counters_open"); open != item.end()) {
            if (!open->is_array())
                return fail(at + "/counters_open", "must be a list of counter ids");
            for (std::size_t i = 0; i < open->size(); ++i) {
                if (!(*open)[i].is_string())
                    return fail(at + "/counters_open/" + std::to_string(i), "must be a counter id");
                out.counters_open.push_back((*open)[i].get<std::string>());
            }
        }
        return true;
    }

    bool boards(const Json& root, std::vector<ServiceBoard>& out)
    {
        auto it = root.find("services");
        if (it == root.end())
            return fail("/services", "missing (the board of each queued service)");
        if (!it->is_array())
            return fail("/services", "must be a list");
        for (std::size_t i = 0; i < it->size(); ++i) {
            ServiceBoard board_of_service;
            if (!board((*it)[i], "/services/" + std::to_string(i), board_of_service))
                return false;
            out.push_back(std::move(board_of_service));
        }
        return true;
    }

    bool call(const Json& item, const std::string& at, QueueCall& out)
    {
        if (!item.is_object())
            return fail(at, "must be an object with \"ticket\", \"service\", \"counter\" and \"at\"");
        if (!string(item, at, "ticket", out.ticket) || !string(item, at, "service", out.service) ||
            !string(item, at, "counter", out.counter) || !string(item, at, "at", out.at, false))
            return false;
        if (out.ticket.empty())
            return fail(at + "/ticket", "must not be empty");
        if (auto recall = item.find("recall"); recall != item.end()) {
            if (!recall->is_boolean())
                return fail(at + "/recall", "must be true or false");
            out.recall = recall->get<bool>();
        }
        return true;
    }
};

Json parse_object(std::string_view text, Reader& reader)
{
    Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded())
        reader.fail("", "the answer is not JSON");
    else if (!root.is_object())
        reader.fail("", "the answer must be a JSON object");
    return root;
}

}  // namespace

Result<QueueSnapshot> parse_queue_snapshot(std::string_view body)
{
    Reader reader{"queue snapshot", {}};
    const Json root = parse_object(body, reader);
    QueueSnapshot snapshot;
    if (!reader.error && reader.string(root, "", "day", snapshot.day, false) && reader.boards(root, snapshot.services)) {
        auto seq = root.find("seq");
        if (seq == root.end() || !seq->is_number_integer() || seq->get<std::int64_t>() < 0)
            reader.fail("/seq", "must be a whole number, 0 or more (the live channel sequence of the snapshot)");
        else
            snapshot.seq = seq->get<std::int64_t>();
        if (auto calls = root.find("calls"); !reader.error && calls != root.end()) {
            if (!calls->is_array())
                reader.fail("/calls", "must be a list");
            for (std::size_t i = 0; !reader.error && i < calls->size(); ++i) {
                QueueCall call;
                if (reader.call((*calls)[i], "/calls/" + std::to_string(i), call))
                    snapshot.calls.push_back(std::move(call));
            }
        }
    }
    if (reader.error)
        return tl::unexpected(*reader.error);
    return snapshot;
}

Result<QueueEvent> parse_queue_event(std::string_view data)
{
    Reader reader{"queue event", {}};
    const Json root = parse_object(data, reader);
    QueueEvent event;
    std::string type;
    if (!reader.error && reader.string(root, "", "type", type)) {
        if (type == "call") {
            QueueCall call;
            auto it = root.find("call");
            if (it == root.end())
                reader.fail("/call", "missing (a \"call\" event names the ticket and the counter)");
            else if (reader.call(*it, "/call", call))
                event.call = std::move(call);
        } else if (type != "board") {
            reader.fail("/type", "\"" + type + "\" is neither \"call\" nor \"board\"");
        }
        if (!reader.error)
            reader.boards(root, event.services);
    }
    if (reader.error)
        return tl::unexpected(*reader.error);
    return event;
}

Result<IssuedTicket> parse_issued_ticket(std::string_view body)
{
    Reader reader{"ticket", {}};
    const Json root = parse_object(body, reader);
    IssuedTicket ticket;
    ServiceBoard estimate;  // reuses the board's reading of "estimate"
    if (!reader.error && reader.string(root, "", "ticket", ticket.ticket) && reader.string(root, "", "service", ticket.service) &&
        reader.count(root, "", "number", ticket.number) && reader.string(root, "", "priority", ticket.priority, false) &&
        reader.count(root, "", "ahead", ticket.ahead) && reader.string(root, "", "status_url", ticket.status_url, false) &&
        reader.string(root, "", "issued_at", ticket.issued_at, false)) {
        Json shaped = {{"service", ticket.service}, {"waiting", 0}};
        if (auto it = root.find("estimate"); it != root.end())
            shaped["estimate"] = *it;
        if (reader.board(shaped, "", estimate)) {
            ticket.estimate_known = estimate.estimate_known;
            ticket.low_minutes = estimate.low_minutes;
            ticket.high_minutes = estimate.high_minutes;
        }
    }
    if (reader.error)
        return tl::unexpected(*reader.error);
    return ticket;
}

std::string ticket_request_body(std::string_view service, std::string_view priority, std::string_view request)
{
    return Json{{"service", service}, {"priority", priority}, {"request", request}}.dump();
}

const ServiceBoard* QueueBoard::find(std::string_view service) const
{
    auto it = std::find_if(services.begin(), services.end(), [&](const ServiceBoard& b) { return b.service == service; });
    return it == services.end() ? nullptr : &*it;
}

QueueBoard apply_snapshot(QueueBoard board, const QueueSnapshot& snapshot, std::int64_t now_ms)
{
    board.has_data = true;
    board.services = snapshot.services;
    // The newest call stays on the banner, but it is not announced again.
    board.last_call = snapshot.calls.empty() ? std::nullopt : std::optional<QueueCall>(snapshot.calls.back());
    if (board.last_call)
        board.last_call->seq = snapshot.seq;
    board.seq = snapshot.seq;
    board.confirmed_ms = now_ms;
    board.reachable = true;
    return board;
}

QueueApplied apply_event(QueueBoard board, std::int64_t seq, const QueueEvent& event, std::int64_t now_ms)
{
    QueueApplied applied;
    board.confirmed_ms = now_ms;
    board.reachable = true;
    if (seq <= board.seq) {
        applied.board = std::move(board);
        return applied;  // already on the board: a replay, or covered by the snapshot
    }
    board.seq = seq;
    board.has_data = true;
    // An event carries the boards of the services it changed; the others stay as they were.
    for (const ServiceBoard& changed : event.services) {
        auto it = std::find_if(board.services.begin(), board.services.end(), [&](const ServiceBoard& b) { return b.service == changed.service; });
        if (it == board.services.end())
            board.services.push_back(changed);
        else
            *it = changed;
    }
    if (event.call) {
        QueueCall call = *event.call;
        call.seq = seq;
        board.last_call = call;
        applied.announce = std::move(call);
    }
    applied.board = std::move(board);
    return applied;
}

QueueBoard confirm(QueueBoard board, bool reachable, std::int64_t now_ms)
{
    board.reachable = reachable;
    if (reachable)
        board.confirmed_ms = now_ms;
    return board;
}

bool is_live(const QueueBoard& board, std::int64_t now_ms)
{
    return board.has_data && board.reachable && board.confirmed_ms >= 0 && now_ms - board.confirmed_ms <= queue_stale_after_ms;
}

}  // namespace phare::sync
