// The queue board (docs/queue.md, "On the kiosk"): the last call on a banner with the way to its
// counter, then per queued service the ticket served, how many wait, the estimate in words and
// the counters open. Numbers the hub has not confirmed for two minutes are not shown as live: the
// board says plainly that the information is unavailable. The hall display (board role) shows the
// same in larger type, without controls.

#include "core/ui/screens/screens.h"

#include "core/i18n/template.h"
#include "core/ui/queue_text.h"

namespace phare::ui::screens {

namespace {

std::string counters_text(Layout& layout, const sync::ServiceBoard& board)
{
    if (board.counters_open.empty())
        return layout.ui("queue.board.counters_none");
    std::string names;
    for (const std::string& id : board.counters_open)
        names += (names.empty() ? "" : ", ") + counter_name(layout.site(), id, layout.lang());
    return i18n::fill(layout.ui("queue.board.counters"), {{"counters", names}});
}

void add_service(Layout& layout, const content::Service& service, const sync::ServiceBoard* board, std::vector<Block>& body, double scale)
{
    const Theme& theme = layout.theme();
    const std::string id = "queue." + service.id;
    const bool easy = layout.state().modes.easy_read;
    body.push_back(layout.heading(id, layout.text(easy ? service.easy_name : service.name), theme.heading_cap_mm * scale));
    std::vector<std::string> lines;
    if (!board) {
        lines.push_back(layout.ui("queue.board.no_data"));
    } else {
        lines.push_back(board->serving.empty() ? layout.ui("queue.board.serving_none")
                                               : i18n::fill(layout.ui("queue.board.serving"), {{"ticket", board->serving}}));
        lines.push_back(counted_words(layout.site(), "queue.board.waiting", board->waiting, layout.lang()));
        lines.push_back(i18n::fill(layout.ui("queue.board.wait"),
                                   {{"estimate", estimate_words(layout.site(), board->estimate_known, board->low_minutes, board->high_minutes,
                                                                layout.lang())}}));
        lines.push_back(counters_text(layout, *board));
    }
    if (layout.state().board_role) {
        // Read from across the hall: one block a service, so more services fit a page.
        std::string joined;
        for (const std::string& line : lines)
            joined += (joined.empty() ? "" : " · ") + line;
        body.push_back(layout.paragraph(id + ".0", joined, theme.body_cap_mm * scale, theme.palette.text));
        return;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        body.push_back(layout.paragraph(id + "." + std::to_string(i), lines[i], theme.body_cap_mm * scale, theme.palette.text));
}

}  // namespace

Block call_banner(Layout& layout, double cap_mm)
{
    const sync::QueueCall& call = *layout.state().queue.last_call;
    const std::string spoken = i18n::fill(layout.ui("queue.call.announce"),
                                          {{"ticket", spoken_ticket(call.ticket)}, {"counter", counter_name(layout.site(), call.counter, layout.lang())}});
    return layout.banner("queue.call", call_line(layout.site(), call, layout.lang()), spoken, cap_mm);
}

void add_call(Layout& layout, std::vector<Block>& body, double cap_mm)
{
    const State& state = layout.state();
    if (!state.queue.last_call || !sync::is_live(state.queue, state.now_ms))
        return;
    Block banner = call_banner(layout, cap_mm);
    const std::string counter = state.queue.last_call->counter;
    if (state.board_role || counter_node(layout.site(), counter).empty()) {
        body.push_back(std::move(banner));
        return;
    }
    banner.keep_with_next = true;
    body.push_back(std::move(banner));
    // "How do I get to Guichet 3?": the route to where that counter's visitor stands.
    const std::string label = i18n::fill(layout.ui("queue.board.route_to"), {{"counter", counter_name(layout.site(), counter, layout.lang())}});
    body.push_back(layout.button({"queue.route", label, layout.spoken_control(label, "role.button"), OpenCounterRoute{counter}}));
}

Frame queue(Layout& layout)
{
    const Theme& theme = layout.theme();
    const State& state = layout.state();
    // The hall display is read from across the room: everything half as large again.
    const double scale = state.board_role ? 1.5 : 1.0;
    std::vector<Block> body;
    body.push_back(layout.heading("queue.title", layout.ui("queue.board.title"), theme.title_cap_mm * scale, false));
    add_call(layout, body, theme.title_cap_mm * scale * 1.25);
    if (!sync::is_live(state.queue, state.now_ms)) {
        // Never old numbers as if they were current.
        body.push_back(layout.notice("queue.unavailable", layout.ui("queue.board.unavailable"), true));
    } else {
        for (const content::Service* service : queued_services(layout.site()))
            add_service(layout, *service, state.queue.find(service->id), body, scale);
    }
    if (state.queue_enabled && !state.board_role) {
        const std::string label = layout.ui("queue.ticket.take");
        ButtonSpec take{"queue.take_ticket", label, layout.spoken_control(label, "role.button"), OpenTicket{}};
        take.kind = ButtonKind::Primary;
        body.push_back(layout.button(take));
    }
    return layout.compose(state.board_role ? "board" : "queue", std::move(body), layout.ui("queue.board.help"));
}

}  // namespace phare::ui::screens
