#pragma once
// Carries out RequestTicket (docs/queue.md, "On the kiosk"): asks the hub for the ticket on its own
// thread and connection (the main loop never waits on the network, and the network worker's
// long-poll does not delay a visitor), hands the answer back as a TicketAnswer, and prints the
// receipt when a printer is configured: the receipt's bytes written to the printer's device file,
// also off the main loop.

#include "app/input_mailbox.h"
#include "app/sync/hub_call.h"
#include "platform/net/http_client.h"
#include "core/sync/queue_board.h"
#include "core/ui/effect.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace phare::app {

// The bytes a printer gets for a ticket (ESC/POS), or "" to print nothing.
using ReceiptBytes = std::function<std::string(const sync::IssuedTicket&)>;

struct TicketDeskSettings {
    HubEndpoint hub;
    net::HttpClientOptions http;
    std::string printer_device;  // empty: no printer
    ReceiptBytes receipt;
};

class TicketDesk {
public:
    TicketDesk(TicketDeskSettings settings, InputMailbox& answers);
    ~TicketDesk();
    TicketDesk(const TicketDesk&) = delete;
    TicketDesk& operator=(const TicketDesk&) = delete;

    // Main thread: returns at once.
    void submit(const ui::RequestTicket& request);
    // Blocks until every submitted request is answered (headless scripts, shutdown).
    void wait_idle();

private:
    void work(std::stop_token stop);

    TicketDeskSettings m_settings;
    InputMailbox& m_answers;
    std::atomic<bool> m_cancel{false};
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<ui::RequestTicket> m_queue;
    int m_busy = 0;
    std::jthread m_worker;
};

// Appends `bytes` to the printer's device file (a receipt printer, or a file in tests); "" or why not.
std::string write_to_printer(const std::string& device, const std::string& bytes);

}  // namespace phare::app
