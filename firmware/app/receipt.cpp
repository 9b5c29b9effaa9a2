#include "app/receipt.h"

#include "core/queue/escpos.h"

#include <map>

namespace phare::app {

std::string receipt_time(const std::string& issued_at)
{
    if (issued_at.size() < 16 || issued_at[4] != '-' || issued_at[7] != '-' || issued_at[10] != 'T')
        return issued_at;
    return issued_at.substr(8, 2) + "/" + issued_at.substr(5, 2) + "/" + issued_at.substr(0, 4) + " " + issued_at.substr(11, 5);
}

ReceiptBytes receipt_maker(const content::Site& site)
{
    const std::string lang = site.default_language;
    std::map<std::string, std::string, std::less<>> services;
    for (const content::Service& service : site.services)
        services[service.id] = std::string(site.text(service.name, lang));
    return [heading = std::string(site.text(site.name, lang)), note = std::string(site.ui("queue.ticket.qr_scan", lang)),
            services = std::move(services)](const sync::IssuedTicket& ticket) {
        queue::Receipt receipt;
        receipt.heading = heading;
        receipt.label = ticket.ticket;
        auto name = services.find(ticket.service);
        receipt.service = name == services.end() ? ticket.service : name->second;
        receipt.issued_at = receipt_time(ticket.issued_at);
        receipt.status_url = ticket.status_url;
        receipt.note = ticket.status_url.empty() ? std::string() : note;
        const queue::Bytes bytes = queue::receipt_bytes(receipt);
        return std::string(bytes.begin(), bytes.end());
    };
}

}  // namespace phare::app
