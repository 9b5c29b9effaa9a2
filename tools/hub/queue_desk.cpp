#include "queue_desk.h"

#include "platform/crypto/crypto.h"
#include "queue_choice.h"
#include "queue_estimates.h"
#include "queue_site.h"
#include "storage.h"

#include <algorithm>

namespace phare::hub {

namespace {

constexpr std::size_t snapshot_calls = 10;
// 128 random bits: the phone page's address cannot be guessed from another ticket's.
constexpr std::size_t ticket_token_bytes = 16;

bool is_priority(std::string_view text)
{
    return text == "none" || text == "reduced_mobility" || text == "pregnancy" || text == "disability";
}

std::string service_name(const content::Site& site, const content::Service& service)
{
    return std::string(site.text(service.name, site.default_language));
}

QueueRefusal refuse(int status, std::string message) { return {status, std::move(message)}; }

std::optional<QueueRefusal> check_queued(const content::Site& site, const std::string& service_id)
{
    const content::Service* service = site.find_service(service_id);
    if (!service)
        return refuse(404, "Le service « " + service_id + " » n'existe pas sur ce site.");
    if (service->queue_prefix.empty())
        return refuse(409, "Le service « " + service_name(site, *service) + " » n'a pas de file d'attente : pas de ticket.");
    return std::nullopt;
}

bool closed_today(const bundle::SiteStatus& status, const std::string& service, const std::string& today)
{
    auto it = status.services.find(service);
    return it != status.services.end() && it->second.state == bundle::ServiceState::ClosedToday && it->second.date == today;
}

QueueResult<TicketChange> refusal_of(const TicketChange& change, const std::string& counter)
{
    switch (change.outcome) {
    case QueueOutcome::NoTicket: return tl::unexpected(refuse(409, "Aucun ticket en cours à ce guichet (" + counter + ")."));
    case QueueOutcome::NotOpen: return tl::unexpected(refuse(409, "Le guichet « " + counter + " » est fermé : ouvrez-le d'abord."));
    case QueueOutcome::Illegal:
        return tl::unexpected(refuse(409, "Le ticket " + change.ticket.label + " est déjà « " + change.ticket.state + " » : ce changement n'est pas possible."));
    case QueueOutcome::Unknown: return tl::unexpected(refuse(404, "Ce ticket n'existe pas aujourd'hui."));
    default: return change;
    }
}

}  // namespace

QueueDesk::QueueDesk(Storage& storage, LiveChannel& live, Clock clock)
    : m_storage(storage), m_queue(storage.queue()), m_live(live), m_clock(std::move(clock))
{
}

std::string QueueDesk::today() const { return local_date(m_clock()); }

QueueDay QueueDesk::read_day(const std::string& day)
{
    QueueDay state{m_queue.day_tickets(day), {}, m_queue.last_call_per_service(day), m_queue.counters(day)};
    std::copy_if(state.tickets.begin(), state.tickets.end(), std::back_inserter(state.open),
                 [](const QueueTicket& t) { return t.state == "waiting" || t.state == "called"; });
    return state;
}

std::vector<ServiceBoard> QueueDesk::estimated_boards(const content::Site& site, const QueueDay& state)
{
    auto boards = make_boards(site, state);
    const std::int64_t now = m_clock();
    for (auto& board : boards)
        board.estimate = newcomer_estimate(site, state, board.service, now);
    return boards;
}

std::optional<QueueRefusal> QueueDesk::check_counter(const content::Site& site, const std::string& counter)
{
    const auto declared = queue_counters(site);
    if (!declared.empty() && !find_counter(declared, counter))
        return refuse(404, "Le guichet « " + counter + " » n'existe pas sur ce site.");
    if (counter.empty() || counter.size() > 64 ||
        !std::all_of(counter.begin(), counter.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }))
        return refuse(400, "Un guichet se nomme par son identifiant (lettres minuscules, chiffres, tirets).");
    return std::nullopt;
}

void QueueDesk::publish_board(const content::Site& site, const std::string& day)
{
    nlohmann::json data{{"type", "board"}, {"services", boards_json(estimated_boards(site, read_day(day)))}};
    m_live.publish("", "queue", data.dump());
}

QueueResult<TicketChange> QueueDesk::announce(const content::Site& site, const std::string& day, TicketChange change)
{
    auto boards = estimated_boards(site, read_day(day));
    nlohmann::json data;
    if (change.call)
        data = {{"type", "call"}, {"call", call_json(*change.call)}, {"services", boards_json(boards)}};
    else
        data = {{"type", "board"}, {"services", boards_json(boards)}};
    m_live.publish("", "queue", data.dump());
    return change;
}

QueueResult<IssuedTicket> QueueDesk::issue(const content::Site& site, const bundle::SiteStatus& status, TicketRequest request,
                                           bool require_open_counter)
{
    if (auto refused = check_queued(site, request.service))
        return tl::unexpected(*refused);
    if (!is_priority(request.priority))
        return tl::unexpected(refuse(400, "priority vaut none, reduced_mobility, pregnancy ou disability."));
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    const content::Service& service = *site.find_service(request.service);
    if (closed_today(status, service.id, day))
        return tl::unexpected(refuse(409, "Le service « " + service_name(site, service) + " » est fermé aujourd'hui."));
    if (require_open_counter) {
        auto boards = make_boards(site, read_day(day));
        auto board = std::find_if(boards.begin(), boards.end(), [&](const ServiceBoard& b) { return b.service == service.id; });
        if (board == boards.end() || board->counters_open.empty())
            return tl::unexpected(refuse(409, "Le service « " + service_name(site, service) +
                                                  " » ne délivre pas de ticket pour le moment : aucun guichet n'est ouvert."));
    }
    request.day = day;
    request.label_prefix = service.queue_prefix;
    request.token = crypto::random_hex(ticket_token_bytes);
    request.now = m_clock();
    TicketChange made = m_queue.issue_ticket(request);
    if (made.outcome == QueueOutcome::NumberTaken)
        return tl::unexpected(refuse(409, "Le numéro " + std::to_string(*request.number) + " est déjà pris aujourd'hui pour ce service."));
    QueueDay state = read_day(made.ticket.day);
    IssuedTicket issued{made.ticket, people_ahead(state.open, made.ticket), {}, made.outcome == QueueOutcome::Repeated};
    issued.estimate = ticket_estimate(site, state, made.ticket, m_clock());
    if (!issued.repeated)
        publish_board(site, day);
    return issued;
}

QueueResult<CounterState> QueueDesk::set_counter(const content::Site& site, const std::string& counter, bool open,
                                                 const std::vector<std::string>& services, const std::string& agent)
{
    if (auto refused = check_counter(site, counter))
        return tl::unexpected(*refused);
    const auto declared = queue_counters(site);
    const QueueCounter* setup = find_counter(declared, counter);
    for (const auto& service : services) {
        if (auto refused = check_queued(site, service))
            return tl::unexpected(*refused);
        if (setup && std::find(setup->services.begin(), setup->services.end(), service) == setup->services.end())
            return tl::unexpected(refuse(409, "Le guichet « " + counter + " » ne traite pas le service « " + service + " »."));
    }
    if (open && services.empty())
        return tl::unexpected(refuse(400, "Choisissez au moins un service pour ouvrir le guichet."));
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    CounterState state = m_queue.set_counter(day, counter, open, services, agent);
    publish_board(site, day);
    return state;
}

QueueResult<TicketChange> QueueDesk::call_next(const content::Site& site, const std::string& counter)
{
    if (auto refused = check_counter(site, counter))
        return tl::unexpected(*refused);
    const int one_in = priority_one_call_in(site);
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    auto chooser = [one_in](const std::vector<QueueTicket>& waiting, const std::vector<std::string>& recent) {
        return choose_next_ticket(waiting, recent, one_in);
    };
    TicketChange change = m_queue.call_next(day, counter, chooser, m_clock());
    if (change.outcome == QueueOutcome::NoTicket) {
        publish_board(site, day);  // the previous ticket may have been marked served
        return tl::unexpected(refuse(409, "Personne n'attend pour les services de ce guichet."));
    }
    if (change.outcome != QueueOutcome::Done)
        return refusal_of(change, counter);
    return announce(site, day, std::move(change));
}

QueueResult<TicketChange> QueueDesk::recall(const content::Site& site, const std::string& counter)
{
    if (auto refused = check_counter(site, counter))
        return tl::unexpected(*refused);
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    TicketChange change = m_queue.recall(day, counter, m_clock());
    if (change.outcome != QueueOutcome::Done)
        return refusal_of(change, counter);
    return announce(site, day, std::move(change));
}

QueueResult<TicketChange> QueueDesk::finish(const content::Site& site, const std::string& counter, const std::string& state)
{
    if (auto refused = check_counter(site, counter))
        return tl::unexpected(*refused);
    if (state != "served" && state != "absent")
        return tl::unexpected(refuse(400, "Un ticket se termine « served » (servi) ou « absent »."));
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    TicketChange change = m_queue.finish(day, counter, state, m_clock());
    if (change.outcome != QueueOutcome::Done)
        return refusal_of(change, counter);
    return announce(site, day, std::move(change));
}

QueueResult<TicketChange> QueueDesk::transfer(const content::Site& site, const std::string& counter, const std::string& service)
{
    if (auto refused = check_counter(site, counter))
        return tl::unexpected(*refused);
    if (auto refused = check_queued(site, service))
        return tl::unexpected(*refused);
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    TicketChange change = m_queue.transfer(day, counter, service, m_clock());
    if (change.outcome != QueueOutcome::Done)
        return refusal_of(change, counter);
    return announce(site, day, std::move(change));
}

QueueResult<TicketChange> QueueDesk::call_ticket(const content::Site& site, const std::string& service, int number, const std::string& counter)
{
    if (auto refused = check_counter(site, counter))
        return tl::unexpected(*refused);
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    auto ticket = m_queue.ticket_by_number(day, service, number);
    if (!ticket)
        return tl::unexpected(refuse(404, "Aucun ticket " + std::to_string(number) + " aujourd'hui pour le service « " + service + " »."));
    TicketChange change = m_queue.call_ticket(day, ticket->id, counter, m_clock());
    if (change.outcome != QueueOutcome::Done)
        return refusal_of(change, counter);
    return announce(site, day, std::move(change));
}

QueueResult<TicketChange> QueueDesk::finish_ticket(const content::Site& site, const std::string& service, int number, const std::string& state)
{
    if (state != "served" && state != "absent")
        return tl::unexpected(refuse(400, "Un ticket se termine « served » (servi) ou « absent »."));
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    auto ticket = m_queue.ticket_by_number(day, service, number);
    if (!ticket)
        return tl::unexpected(refuse(404, "Aucun ticket " + std::to_string(number) + " aujourd'hui pour le service « " + service + " »."));
    TicketChange change = m_queue.finish_ticket(day, ticket->id, state, m_clock());
    if (change.outcome != QueueOutcome::Done)
        return refusal_of(change, ticket->counter);
    return announce(site, day, std::move(change));
}

std::vector<ServiceBoard> QueueDesk::boards(const content::Site& site)
{
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    return estimated_boards(site, read_day(day));
}

std::vector<CounterState> QueueDesk::counters() { return m_queue.counters(today()); }

std::string QueueDesk::snapshot_json(const content::Site& site)
{
    std::lock_guard lock(m_mutex);
    const std::string day = today();
    // Under the mutex: no change can be stored between reading the state and the event number.
    const std::int64_t seq = m_live.latest();
    auto boards = estimated_boards(site, read_day(day));
    auto calls = nlohmann::json::array();
    for (const auto& call : m_queue.last_calls(day, snapshot_calls))
        calls.push_back(call_json(call));
    return nlohmann::json{{"day", day}, {"seq", seq}, {"services", boards_json(boards)}, {"calls", calls}}.dump();
}

std::optional<TicketView> QueueDesk::ticket(const content::Site& site, std::string_view token)
{
    auto found = m_queue.ticket_by_token(token);
    if (!found)
        return std::nullopt;
    QueueDay state = read_day(found->day);
    TicketView view{*found, people_ahead(state.open, *found), {}};
    if (found->state == "waiting")
        view.estimate = ticket_estimate(site, state, *found, m_clock());
    return view;
}

std::optional<TicketView> QueueDesk::counter_ticket(const std::string& counter)
{
    const std::string day = today();
    for (const auto& state : m_queue.counters(day)) {
        if (state.counter != counter || state.ticket == 0)
            continue;
        for (const auto& ticket : m_queue.open_tickets(day))
            if (ticket.id == state.ticket && ticket.state == "called")
                return TicketView{ticket, 0, {}};
    }
    return std::nullopt;
}

}  // namespace phare::hub
