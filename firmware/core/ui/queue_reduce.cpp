#include "core/ui/queue_reduce.h"

#include "core/i18n/speech_text.h"
#include "core/i18n/template.h"
#include "core/ui/queue_text.h"

namespace phare::ui {

Effects announce_call(const sync::QueueCall& call, const content::Site& site)
{
    Effects effects{PlayEarcon{Earcon::Call}};
    std::vector<std::string> order{site.default_language};
    for (const content::Language& language : site.languages)
        if (language.code != site.default_language)
            order.push_back(language.code);
    for (const std::string& lang : order) {
        const std::string text = i18n::fill(std::string(site.ui(call.recall ? "queue.call.recall" : "queue.call.announce", lang)),
                                            {{"ticket", spoken_ticket(call.ticket)}, {"counter", counter_name(site, call.counter, lang)}});
        // Interrupt::No: a call waits for the end of what the visitor is hearing (docs/queue.md).
        effects.push_back(Speak{i18n::speech_text(text, lang), lang, Interrupt::No});
    }
    return effects;
}

std::optional<Update> reduce_queue(const State& state, const Input& input, const content::Site& site)
{
    if (const auto* in = std::get_if<QueueSnapshotIn>(&input)) {
        Update update{state, {}};
        update.state.queue = sync::apply_snapshot(state.queue, in->snapshot, state.now_ms);
        return update;
    }
    if (const auto* in = std::get_if<QueueEventIn>(&input)) {
        Update update{state, {}};
        sync::QueueApplied applied = sync::apply_event(state.queue, in->seq, in->event, state.now_ms);
        update.state.queue = std::move(applied.board);
        if (applied.announce)
            update.effects = announce_call(*applied.announce, site);
        return update;
    }
    if (const auto* in = std::get_if<QueueReach>(&input)) {
        Update update{state, {}};
        update.state.queue = sync::confirm(state.queue, in->reachable, state.now_ms);
        return update;
    }
    if (const auto* answer = std::get_if<TicketAnswer>(&input)) {
        Update update{state, {}};
        TicketDraft& ticket = update.state.ticket;
        if (ticket.step != TicketStep::Requesting)
            return update;  // the visitor left (or the session ended) before the answer came
        ticket.step = answer->ok ? TicketStep::Issued : TicketStep::Failed;
        ticket.ticket = answer->ticket;
        ticket.status_url = answer->status_url;
        ticket.ahead = answer->ahead;
        ticket.estimate_known = answer->estimate_known;
        ticket.low_minutes = answer->low_minutes;
        ticket.high_minutes = answer->high_minutes;
        ticket.unreachable = answer->unreachable;
        ticket.error = answer->error;
        const std::string& lang = state.lang;
        std::string said;
        if (answer->ok)
            said = i18n::fill(std::string(site.ui("queue.ticket.issued_spoken", lang)),
                              {{"ticket", spoken_ticket(answer->ticket)}, {"ahead", std::to_string(answer->ahead)}});
        else
            said = std::string(site.ui(answer->unreachable ? "queue.ticket.unreachable" : "queue.ticket.refused", lang));
        // The number is always said, guidance on or not: a visitor who cannot read it hears it.
        update.effects.push_back(PlayEarcon{answer->ok ? Earcon::Select : Earcon::NoAction});
        update.effects.push_back(Speak{i18n::speech_text(said, lang), lang, Interrupt::Yes});
        return update;
    }
    return std::nullopt;
}

}  // namespace phare::ui
