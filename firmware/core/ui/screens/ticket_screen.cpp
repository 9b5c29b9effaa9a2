// Taking a queue ticket (docs/queue.md, "On the kiosk"): the queued services, then the service
// chosen with a plain "take a ticket" and, below it, the priority tickets for those who need one
// (offered, never asked about); then the number, large, with how many are ahead, the estimate and
// a QR code of the ticket's page on the hub. Without the hub: no ticket, said plainly.

#include "core/ui/screens/screens.h"

#include "core/i18n/template.h"
#include "core/ui/queue_text.h"

namespace phare::ui::screens {

namespace {

void choose_service(Layout& layout, std::vector<Block>& body)
{
    const Theme& theme = layout.theme();
    const bool easy = layout.state().modes.easy_read;
    body.push_back(layout.paragraph("ticket.prompt", layout.ui("queue.ticket.choose"), theme.body_cap_mm, theme.palette.text));
    const auto services = queued_services(layout.site());
    int index = 0;
    for (const content::Service* service : services) {
        ++index;
        const std::string name = layout.text(easy ? service->easy_name : service->name);
        Block button = layout.button({"ticket.service." + service->id, name,
                                      layout.spoken_control(name, "role.button", index, static_cast<int>(services.size())),
                                      ChooseTicketService{service->id}, service->pictogram});
        button.choices = 1;
        body.push_back(std::move(button));
    }
}

void confirm(Layout& layout, const content::Service& service, std::vector<Block>& body)
{
    const Theme& theme = layout.theme();
    const State& state = layout.state();
    const bool easy = state.modes.easy_read;
    body.push_back(layout.heading("ticket.service", layout.text(easy ? service.easy_name : service.name), theme.heading_cap_mm, false));
    if (const sync::ServiceBoard* board = state.queue.find(service.id); board && sync::is_live(state.queue, state.now_ms)) {
        const std::string waiting = counted_words(layout.site(), "queue.board.waiting", board->waiting, layout.lang());
        body.push_back(layout.paragraph("ticket.waiting", waiting, theme.body_cap_mm, theme.palette.text));
    }
    const std::string take = layout.ui("queue.ticket.take");
    ButtonSpec normal{"ticket.take", take, layout.spoken_control(take, "role.button"), TakeTicket{queue::Priority::None}};
    normal.kind = ButtonKind::Primary;
    body.push_back(layout.button(normal));
    // Priority is offered below, in ordinary buttons: whoever needs it finds it, nobody is asked.
    body.push_back(layout.heading("ticket.priority", layout.ui("queue.ticket.priority_heading"), theme.body_cap_mm));
    for (queue::Priority priority : {queue::Priority::ReducedMobility, queue::Priority::Pregnancy, queue::Priority::Disability}) {
        const std::string name(queue::to_string(priority));
        const std::string label = layout.ui("queue.ticket.priority_" + name);
        Block button = layout.button({"ticket.priority." + name, label, layout.spoken_control(label, "role.button"), TakeTicket{priority}});
        button.choices = 1;
        body.push_back(std::move(button));
    }
}

void issued(Layout& layout, std::vector<Block>& body)
{
    const Theme& theme = layout.theme();
    const TicketDraft& ticket = layout.state().ticket;
    body.push_back(layout.heading("ticket.your_number", layout.ui("queue.ticket.your_number"), theme.heading_cap_mm));
    const std::string spoken = i18n::fill(layout.ui("queue.ticket.issued_spoken"),
                                          {{"ticket", spoken_ticket(ticket.ticket)}, {"ahead", std::to_string(ticket.ahead)}});
    body.push_back(layout.banner("ticket.number", ticket.ticket, spoken, theme.title_cap_mm * 2.5));
    body.push_back(layout.paragraph("ticket.ahead",
                                    counted_words(layout.site(), "queue.ticket.ahead", ticket.ahead, layout.lang()),
                                    theme.body_cap_mm, theme.palette.text));
    body.push_back(layout.paragraph("ticket.estimate",
                                    i18n::fill(layout.ui("queue.board.wait"),
                                               {{"estimate", estimate_words(layout.site(), ticket.estimate_known, ticket.low_minutes,
                                                                            ticket.high_minutes, layout.lang())}}),
                                    theme.body_cap_mm, theme.palette.text));
    if (ticket.status_url.empty())
        return;
    Block sentence = layout.paragraph("ticket.qr_text", layout.ui("queue.ticket.qr_scan"), theme.body_cap_mm, theme.palette.text);
    sentence.keep_with_next = true;
    body.push_back(std::move(sentence));
    Element code;
    code.id = "ticket.qr";
    code.role = Role::Image;
    code.qr_text = ticket.status_url;
    code.spoken = layout.ui("queue.ticket.qr_image");
    code.lang = layout.lang();
    code.direction = layout.direction();
    const int size = layout.px(40.0);
    code.rect = Rect{0, 0, size, size};
    code.bg = Color{255, 255, 255};
    Block block;
    block.height = size;
    block.elements.push_back(std::move(code));
    body.push_back(std::move(block));
}

}  // namespace

Frame ticket(Layout& layout)
{
    const Theme& theme = layout.theme();
    const TicketDraft& ticket = layout.state().ticket;
    std::vector<Block> body;
    body.push_back(layout.heading("ticket.title", layout.ui("queue.ticket.title"), theme.title_cap_mm, false));
    const content::Service* service = layout.site().find_service(ticket.service);
    switch (ticket.step) {
    case TicketStep::Service: choose_service(layout, body); break;
    case TicketStep::Confirm:
        if (service)
            confirm(layout, *service, body);
        else
            choose_service(layout, body);
        break;
    case TicketStep::Requesting:
        body.push_back(layout.paragraph("ticket.requesting", layout.ui("queue.ticket.requesting"), theme.body_cap_mm, theme.palette.text));
        break;
    case TicketStep::Issued: issued(layout, body); break;
    case TicketStep::Failed: {
        // The hub's own French sentence when it refused; otherwise plainly: no ticket, and why.
        std::string text = layout.ui(ticket.unreachable ? "queue.ticket.unreachable" : "queue.ticket.refused");
        const bool hub_words = !ticket.unreachable && !ticket.error.empty() && layout.lang() == layout.site().default_language;
        body.push_back(layout.notice("ticket.failed", hub_words ? ticket.error : text, true));
        break;
    }
    }
    return layout.compose("ticket", std::move(body), layout.ui("queue.ticket.help"));
}

}  // namespace phare::ui::screens
