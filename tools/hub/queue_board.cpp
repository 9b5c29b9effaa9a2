#include "queue_board.h"

#include "clock.h"
#include "queue_site.h"

#include <algorithm>

namespace phare::hub {

std::vector<ServiceBoard> make_boards(const content::Site& site, const QueueDay& day)
{
    std::vector<ServiceBoard> boards;
    for (const content::Service* service : queued_services(site)) {
        ServiceBoard board;
        board.service = service->id;
        for (const auto& call : day.last_per_service)
            if (call.service == service->id)
                board.serving = call.label;
        board.waiting = static_cast<int>(std::count_if(day.open.begin(), day.open.end(), [&](const QueueTicket& t) {
            return t.state == "waiting" && t.service == service->id;
        }));
        for (const auto& counter : day.counters)
            if (counter.open && std::find(counter.services.begin(), counter.services.end(), service->id) != counter.services.end())
                board.counters_open.push_back(counter.counter);
        boards.push_back(std::move(board));
    }
    return boards;
}

int people_ahead(const std::vector<QueueTicket>& open, const QueueTicket& ticket)
{
    const bool priority = ticket.priority != "none";
    auto earlier = [&](const QueueTicket& other) {
        return other.issued_at < ticket.issued_at || (other.issued_at == ticket.issued_at && other.id < ticket.id);
    };
    int ahead = 0;
    for (const auto& other : open) {
        if (other.id == ticket.id || other.state != "waiting" || other.service != ticket.service)
            continue;
        const bool other_priority = other.priority != "none";
        if (priority ? (other_priority && earlier(other)) : (other_priority || earlier(other)))
            ++ahead;
    }
    return ahead;
}

nlohmann::json estimate_json(const QueueEstimate& estimate)
{
    if (!estimate.known)
        return nullptr;
    return {{"low_minutes", estimate.low_minutes}, {"high_minutes", estimate.high_minutes}};
}

nlohmann::json board_json(const ServiceBoard& board)
{
    return {{"service", board.service}, {"serving", board.serving}, {"waiting", board.waiting},
            {"estimate", estimate_json(board.estimate)}, {"counters_open", board.counters_open}};
}

nlohmann::json boards_json(const std::vector<ServiceBoard>& boards)
{
    auto list = nlohmann::json::array();
    for (const auto& board : boards)
        list.push_back(board_json(board));
    return list;
}

nlohmann::json call_json(const QueueCall& call)
{
    return {{"ticket", call.label}, {"service", call.service}, {"counter", call.counter}, {"at", local_iso(call.at)},
            {"recall", call.recall}};
}

}  // namespace phare::hub
