#pragma once
// What the hub keeps of the waiting queues (docs/queue.md, "The hub's queue"): the day's tickets,
// the counters' state (open or closed, the services each serves, its agent, the ticket called to
// it) and every call, all keyed by the building's local day, so numbering restarts at 1 each day
// for each service and yesterday's open counters are closed this morning.
//
// Every change is one short write transaction on the storage's writer connection (BEGIN
// IMMEDIATE under its mutex): two agents pressing "call next" at the same moment are served one
// after the other and never get the same ticket. Which ticket is next is not decided here: the
// caller passes the rule (QueueChooser), which runs inside the transaction on what it read.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::hub {

struct QueueTicket {
    std::int64_t id = 0;
    std::string day;             // "YYYY-MM-DD", local
    std::string service;         // the service it waits for now (a transfer changes it)
    std::string issued_service;  // the service it was issued for: its number belongs to that day's series
    int number = 0;
    std::string label;           // "A 042", as printed; kept across a transfer
    std::string priority = "none";  // none, reduced_mobility, pregnancy, disability
    std::string state = "waiting";  // waiting, called, served, absent, cancelled
    std::int64_t issued_at = 0;  // unix seconds; 0 = not yet
    std::int64_t called_at = 0;
    std::int64_t finished_at = 0;
    std::string counter;  // where it was last called
    int calls = 0;
    std::string token;  // the phone page's opaque token
    std::string kiosk;  // the kiosk that issued it; empty when a queue system did
};

struct CounterState {
    std::string counter;
    bool open = false;
    std::vector<std::string> services;
    std::string agent;           // who opened it
    std::int64_t ticket = 0;     // the ticket called to it and not finished yet; 0 = none
};

struct QueueCall {
    std::int64_t seq = 0;
    std::string label;
    std::string service;
    std::string counter;
    std::string priority;
    std::int64_t at = 0;
    bool recall = false;
};

struct TicketRequest {
    std::string day;
    std::string service;
    std::string label_prefix;  // the service's queue_prefix
    std::string priority = "none";
    std::string source;        // "kiosk:ID" or "system:NAME": the idempotency key is (source, request)
    std::string request;       // empty: not idempotent
    std::string kiosk;
    std::string token;         // chosen by the caller (random)
    std::optional<int> number;  // a queue system's own number; empty: the next of the day for the service
    std::int64_t now = 0;
};

enum class QueueOutcome {
    Done,
    Repeated,     // issue: the same request again, the stored ticket is returned
    NumberTaken,  // issue: a queue system's number already names another ticket
    NoTicket,     // call next: nothing waits for these services; recall, finish: no ticket at the counter
    NotOpen,      // the counter is closed
    Illegal,      // the ticket's state does not allow this change (served tickets are not called again)
    Unknown,      // no such ticket
};

struct TicketChange {
    QueueOutcome outcome = QueueOutcome::Done;
    QueueTicket ticket;
    std::optional<QueueCall> call;  // when the change called (or recalled) the ticket
};

// Picks the index of the ticket to call among `waiting` (oldest first), given the priorities of
// the latest calls for the same services (oldest first); nullopt when none should be called.
using QueueChooser = std::function<std::optional<std::size_t>(const std::vector<QueueTicket>& waiting,
                                                              const std::vector<std::string>& recent_priorities)>;

class QueueStorage {
public:
    virtual ~QueueStorage() = default;

    virtual TicketChange issue_ticket(const TicketRequest& request) = 0;
    virtual std::optional<QueueTicket> ticket_by_token(std::string_view token) = 0;
    // By the number in the series of the service it was issued for.
    virtual std::optional<QueueTicket> ticket_by_number(std::string_view day, std::string_view issued_service, int number) = 0;
    // The day's tickets still waiting or called, oldest first.
    virtual std::vector<QueueTicket> open_tickets(std::string_view day) = 0;

    // Counters that have a state this day (never opened today: absent, i.e. closed).
    virtual std::vector<CounterState> counters(std::string_view day) = 0;
    // Opens (with these services) or closes a counter; the ticket at the counter stays there.
    virtual CounterState set_counter(std::string_view day, const std::string& counter, bool open,
                                     const std::vector<std::string>& services, const std::string& agent) = 0;

    // The counter's current ticket (if still called) is marked served, then the chosen waiting
    // ticket of the counter's services is called to it.
    virtual TicketChange call_next(std::string_view day, const std::string& counter, const QueueChooser& choose, std::int64_t now) = 0;
    // A queue system says which ticket it called: any waiting (or called) ticket, to any counter.
    virtual TicketChange call_ticket(std::string_view day, std::int64_t ticket, const std::string& counter, std::int64_t now) = 0;
    virtual TicketChange recall(std::string_view day, const std::string& counter, std::int64_t now) = 0;
    // `state`: "served" or "absent"; the counter's current ticket.
    virtual TicketChange finish(std::string_view day, const std::string& counter, const std::string& state, std::int64_t now) = 0;
    // The same for a given ticket (a queue system), which must have been called.
    virtual TicketChange finish_ticket(std::string_view day, std::int64_t ticket, const std::string& state, std::int64_t now) = 0;
    // The counter's current ticket waits again, for `service`, keeping its place by issue time.
    virtual TicketChange transfer(std::string_view day, const std::string& counter, const std::string& service, std::int64_t now) = 0;

    // The day's latest calls, newest last.
    virtual std::vector<QueueCall> last_calls(std::string_view day, std::size_t limit) = 0;
    // The last call of each service this day (what its board shows as "serving").
    virtual std::vector<QueueCall> last_call_per_service(std::string_view day) = 0;
    // Every ticket of the day, finished ones too, oldest first: the estimate reads recent service times from them.
    virtual std::vector<QueueTicket> day_tickets(std::string_view day) = 0;

    // Queue systems (docs/queue.md, "For an existing queue system"): a name and its token's SHA-256.
    virtual void save_queue_system(const std::string& name, const std::string& token_hash, std::int64_t now) = 0;
    virtual std::optional<std::string> queue_system_for_token_hash(std::string_view token_hash) = 0;
};

}  // namespace phare::hub
