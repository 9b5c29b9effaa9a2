#include "queue_storage_sqlite.h"

#include "queue_label.h"
#include "sqlite_db.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace phare::hub {

namespace {

using sqlite::Statement;

constexpr const char* ticket_columns = "SELECT id, day, service, issued_service, number, label, priority, state, issued_at, called_at, "
                                       "finished_at, counter, calls, token, kiosk FROM queue_tickets ";
constexpr const char* call_columns = "SELECT seq, label, service, counter, priority, at, recall FROM queue_calls ";

QueueTicket read_ticket(const Statement& row)
{
    QueueTicket t;
    t.id = row.integer(0);
    t.day = row.text(1);
    t.service = row.text(2);
    t.issued_service = row.text(3);
    t.number = static_cast<int>(row.integer(4));
    t.label = row.text(5);
    t.priority = row.text(6);
    t.state = row.text(7);
    t.issued_at = row.integer(8);
    t.called_at = row.integer(9);
    t.finished_at = row.integer(10);
    t.counter = row.text(11);
    t.calls = static_cast<int>(row.integer(12));
    t.token = row.text(13);
    t.kiosk = row.text(14);
    return t;
}

QueueCall read_call(const Statement& row)
{
    return {row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.integer(5), row.integer(6) != 0};
}

std::vector<std::string> services_from(const std::string& json)
{
    auto parsed = nlohmann::json::parse(json, nullptr, false);
    std::vector<std::string> services;
    if (parsed.is_array())
        for (const auto& item : parsed)
            if (item.is_string())
                services.push_back(item.get<std::string>());
    return services;
}

class SqliteQueueStorage final : public QueueStorage {
public:
    SqliteQueueStorage(std::mutex& mutex, sqlite3* db) : m_mutex(mutex), m_db(db) {}

    TicketChange issue_ticket(const TicketRequest& r) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        if (!r.request.empty()) {
            Statement same(m_db, std::string(ticket_columns) + "WHERE source = ? AND request = ?");
            same.bind(1, r.source).bind(2, r.request);
            if (same.step())
                return {QueueOutcome::Repeated, read_ticket(same), std::nullopt};
        }
        int number = 0;
        if (r.number) {
            if (auto taken = ticket_number_locked(r.day, r.service, *r.number))
                return {QueueOutcome::NumberTaken, *taken, std::nullopt};
            number = *r.number;
        } else {
            Statement next(m_db, "SELECT COALESCE(MAX(number), 0) + 1 FROM queue_tickets WHERE day = ? AND issued_service = ?");
            next.bind(1, r.day).bind(2, r.service).step();
            number = static_cast<int>(next.integer(0));
        }
        Statement insert(m_db, "INSERT INTO queue_tickets (day, service, issued_service, number, label, priority, state, issued_at, "
                               "token, source, request, kiosk) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?)");
        insert.bind(1, r.day).bind(2, r.service).bind(3, r.service).bind(4, std::int64_t{number});
        insert.bind(5, ticket_label(r.label_prefix, number)).bind(6, r.priority).bind(7, r.now).bind(8, r.token);
        insert.bind(9, r.source).bind(10, r.request).bind(11, r.kiosk).run();
        QueueTicket ticket = *ticket_locked(sqlite3_last_insert_rowid(m_db));
        transaction.commit();
        return {QueueOutcome::Done, ticket, std::nullopt};
    }

    std::optional<QueueTicket> ticket_by_token(std::string_view token) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, std::string(ticket_columns) + "WHERE token = ?");
        query.bind(1, token);
        return query.step() ? std::optional(read_ticket(query)) : std::nullopt;
    }

    std::optional<QueueTicket> ticket_by_number(std::string_view day, std::string_view issued_service, int number) override
    {
        std::lock_guard lock(m_mutex);
        return ticket_number_locked(day, issued_service, number);
    }

    std::vector<QueueTicket> open_tickets(std::string_view day) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, std::string(ticket_columns) + "WHERE day = ? AND state IN ('waiting', 'called') ORDER BY issued_at, id");
        query.bind(1, day);
        std::vector<QueueTicket> result;
        while (query.step())
            result.push_back(read_ticket(query));
        return result;
    }

    std::vector<CounterState> counters(std::string_view day) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, "SELECT counter, open, services, agent, ticket FROM queue_counters WHERE day = ? ORDER BY counter");
        query.bind(1, day);
        std::vector<CounterState> result;
        while (query.step())
            result.push_back({query.text(0), query.integer(1) != 0, services_from(query.text(2)), query.text(3), query.integer(4)});
        return result;
    }

    CounterState set_counter(std::string_view day, const std::string& counter, bool open, const std::vector<std::string>& services,
                             const std::string& agent) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        Statement upsert(m_db, "INSERT INTO queue_counters (day, counter, open, services, agent, ticket) VALUES (?, ?, ?, ?, ?, 0) "
                               "ON CONFLICT (day, counter) DO UPDATE SET open = excluded.open, services = excluded.services, "
                               "agent = excluded.agent");
        upsert.bind(1, day).bind(2, counter).bind(3, std::int64_t{open ? 1 : 0}).bind(4, nlohmann::json(services).dump()).bind(5, agent).run();
        CounterState state = *counter_locked(day, counter);
        transaction.commit();
        return state;
    }

    TicketChange call_next(std::string_view day, const std::string& counter, const QueueChooser& choose, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        auto state = counter_locked(day, counter);
        if (!state || !state->open)
            return {QueueOutcome::NotOpen, {}, std::nullopt};
        if (auto current = ticket_locked(state->ticket); current && current->state == "called")
            finish_locked(day, current->id, "served", now);
        const std::string services = nlohmann::json(state->services).dump();
        Statement waiting_query(m_db, std::string(ticket_columns) + "WHERE day = ? AND state = 'waiting' AND service IN "
                                                                    "(SELECT value FROM json_each(?)) ORDER BY issued_at, id");
        waiting_query.bind(1, day).bind(2, services);
        std::vector<QueueTicket> waiting;
        while (waiting_query.step())
            waiting.push_back(read_ticket(waiting_query));
        Statement recent_query(m_db, "SELECT priority FROM queue_calls WHERE day = ? AND recall = 0 AND service IN "
                                     "(SELECT value FROM json_each(?)) ORDER BY seq DESC LIMIT 32");
        recent_query.bind(1, day).bind(2, services);
        std::vector<std::string> recent;
        while (recent_query.step())
            recent.push_back(recent_query.text(0));
        std::reverse(recent.begin(), recent.end());
        auto chosen = choose(waiting, recent);
        if (!chosen || *chosen >= waiting.size()) {
            transaction.commit();  // the previous ticket's end stays recorded
            return {QueueOutcome::NoTicket, {}, std::nullopt};
        }
        TicketChange change = call_locked(day, waiting[*chosen], counter, now, false);
        transaction.commit();
        return change;
    }

    TicketChange call_ticket(std::string_view day, std::int64_t id, const std::string& counter, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        auto ticket = ticket_locked(id);
        if (!ticket || ticket->day != day)
            return {QueueOutcome::Unknown, {}, std::nullopt};
        if (ticket->state != "waiting" && ticket->state != "called")
            return {QueueOutcome::Illegal, *ticket, std::nullopt};
        const bool recall = ticket->state == "called" && ticket->counter == counter;
        TicketChange change = call_locked(day, *ticket, counter, now, recall);
        transaction.commit();
        return change;
    }

    TicketChange recall(std::string_view day, const std::string& counter, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        auto ticket = current_locked(day, counter);
        if (!ticket)
            return {QueueOutcome::NoTicket, {}, std::nullopt};
        TicketChange change = call_locked(day, *ticket, counter, now, true);
        transaction.commit();
        return change;
    }

    TicketChange finish(std::string_view day, const std::string& counter, const std::string& state, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        auto ticket = current_locked(day, counter);
        if (!ticket)
            return {QueueOutcome::NoTicket, {}, std::nullopt};
        finish_locked(day, ticket->id, state, now);
        TicketChange change{QueueOutcome::Done, *ticket_locked(ticket->id), std::nullopt};
        transaction.commit();
        return change;
    }

    TicketChange finish_ticket(std::string_view day, std::int64_t id, const std::string& state, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        auto ticket = ticket_locked(id);
        if (!ticket || ticket->day != day)
            return {QueueOutcome::Unknown, {}, std::nullopt};
        if (ticket->state != "called")
            return {QueueOutcome::Illegal, *ticket, std::nullopt};
        finish_locked(day, id, state, now);
        TicketChange change{QueueOutcome::Done, *ticket_locked(id), std::nullopt};
        transaction.commit();
        return change;
    }

    TicketChange transfer(std::string_view day, const std::string& counter, const std::string& service, std::int64_t) override
    {
        std::lock_guard lock(m_mutex);
        sqlite::Transaction transaction(m_db);
        auto ticket = current_locked(day, counter);
        if (!ticket)
            return {QueueOutcome::NoTicket, {}, std::nullopt};
        // Its issue time is untouched: it waits among the new service's tickets where it would have
        // been had it been issued for that service.
        Statement update(m_db, "UPDATE queue_tickets SET state = 'waiting', service = ?, counter = '' WHERE id = ?");
        update.bind(1, service).bind(2, ticket->id).run();
        release_locked(day, ticket->id);
        TicketChange change{QueueOutcome::Done, *ticket_locked(ticket->id), std::nullopt};
        transaction.commit();
        return change;
    }

    std::vector<QueueCall> last_calls(std::string_view day, std::size_t limit) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, std::string(call_columns) + "WHERE day = ? ORDER BY seq DESC LIMIT ?");
        query.bind(1, day).bind(2, static_cast<std::int64_t>(limit));
        std::vector<QueueCall> result;
        while (query.step())
            result.push_back(read_call(query));
        std::reverse(result.begin(), result.end());
        return result;
    }

    std::vector<QueueCall> last_call_per_service(std::string_view day) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, std::string(call_columns) + "WHERE seq IN (SELECT MAX(seq) FROM queue_calls WHERE day = ? GROUP BY service)");
        query.bind(1, day);
        std::vector<QueueCall> result;
        while (query.step())
            result.push_back(read_call(query));
        return result;
    }

    std::vector<QueueTicket> day_tickets(std::string_view day) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, std::string(ticket_columns) + "WHERE day = ? ORDER BY issued_at, id");
        query.bind(1, day);
        std::vector<QueueTicket> result;
        while (query.step())
            result.push_back(read_ticket(query));
        return result;
    }

    void save_queue_system(const std::string& name, const std::string& token_hash, std::int64_t now) override
    {
        std::lock_guard lock(m_mutex);
        Statement upsert(m_db, "INSERT INTO queue_systems (name, token_hash, created_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash");
        upsert.bind(1, name).bind(2, token_hash).bind(3, now).run();
    }

    std::optional<std::string> queue_system_for_token_hash(std::string_view token_hash) override
    {
        std::lock_guard lock(m_mutex);
        Statement query(m_db, "SELECT name FROM queue_systems WHERE token_hash = ?");
        query.bind(1, token_hash);
        return query.step() ? std::optional(query.text(0)) : std::nullopt;
    }

private:
    std::optional<QueueTicket> ticket_locked(std::int64_t id)
    {
        Statement query(m_db, std::string(ticket_columns) + "WHERE id = ?");
        query.bind(1, id);
        return query.step() ? std::optional(read_ticket(query)) : std::nullopt;
    }

    std::optional<QueueTicket> ticket_number_locked(std::string_view day, std::string_view issued_service, int number)
    {
        Statement query(m_db, std::string(ticket_columns) + "WHERE day = ? AND issued_service = ? AND number = ?");
        query.bind(1, day).bind(2, issued_service).bind(3, std::int64_t{number});
        return query.step() ? std::optional(read_ticket(query)) : std::nullopt;
    }

    std::optional<CounterState> counter_locked(std::string_view day, std::string_view counter)
    {
        Statement query(m_db, "SELECT counter, open, services, agent, ticket FROM queue_counters WHERE day = ? AND counter = ?");
        query.bind(1, day).bind(2, counter);
        if (!query.step())
            return std::nullopt;
        return CounterState{query.text(0), query.integer(1) != 0, services_from(query.text(2)), query.text(3), query.integer(4)};
    }

    // The ticket called to the counter and not finished, if any.
    std::optional<QueueTicket> current_locked(std::string_view day, std::string_view counter)
    {
        auto state = counter_locked(day, counter);
        if (!state || state->ticket == 0)
            return std::nullopt;
        auto ticket = ticket_locked(state->ticket);
        if (!ticket || ticket->state != "called")
            return std::nullopt;
        return ticket;
    }

    // No counter holds the ticket any more.
    void release_locked(std::string_view day, std::int64_t id)
    {
        Statement(m_db, "UPDATE queue_counters SET ticket = 0 WHERE day = ? AND ticket = ?").bind(1, day).bind(2, id).run();
    }

    void finish_locked(std::string_view day, std::int64_t id, const std::string& state, std::int64_t now)
    {
        Statement(m_db, "UPDATE queue_tickets SET state = ?, finished_at = ? WHERE id = ?").bind(1, state).bind(2, now).bind(3, id).run();
        release_locked(day, id);
    }

    TicketChange call_locked(std::string_view day, const QueueTicket& ticket, const std::string& counter, std::int64_t now, bool recall)
    {
        Statement update(m_db, "UPDATE queue_tickets SET state = 'called', counter = ?, called_at = ?, calls = calls + 1 WHERE id = ?");
        update.bind(1, counter).bind(2, now).bind(3, ticket.id).run();
        release_locked(day, ticket.id);
        // A queue system may call to a counter it never opened here: the counter row is made, closed.
        Statement hold(m_db, "INSERT INTO queue_counters (day, counter, open, services, agent, ticket) VALUES (?, ?, 0, '[]', '', ?) "
                             "ON CONFLICT (day, counter) DO UPDATE SET ticket = excluded.ticket");
        hold.bind(1, day).bind(2, counter).bind(3, ticket.id).run();
        Statement insert(m_db, "INSERT INTO queue_calls (day, ticket, label, service, counter, priority, at, recall) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, day).bind(2, ticket.id).bind(3, ticket.label).bind(4, ticket.service).bind(5, counter);
        insert.bind(6, ticket.priority).bind(7, now).bind(8, std::int64_t{recall ? 1 : 0}).run();
        QueueCall call{sqlite3_last_insert_rowid(m_db), ticket.label, ticket.service, counter, ticket.priority, now, recall};
        return {QueueOutcome::Done, *ticket_locked(ticket.id), call};
    }

    std::mutex& m_mutex;
    sqlite3* m_db;
};

}  // namespace

std::unique_ptr<QueueStorage> make_sqlite_queue_storage(std::mutex& writer_mutex, sqlite3* writer)
{
    return std::make_unique<SqliteQueueStorage>(writer_mutex, writer);
}

}  // namespace phare::hub
