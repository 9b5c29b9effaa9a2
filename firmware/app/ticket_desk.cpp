#include "app/ticket_desk.h"

#include "app/feedback_recorder.h"
#include "app/sync/queue_client.h"
#include "platform/net/curl_http_client.h"
#include "platform/system/log.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace phare::app {

std::string write_to_printer(const std::string& device, const std::string& bytes)
{
    // O_APPEND: a file in tests collects every receipt; a printer's device file ignores it.
    const int fd = ::open(device.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return device + ": cannot open the printer: " + std::strerror(errno);
    std::size_t written = 0;
    std::string error;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = device + ": the printer took " + std::to_string(written) + " of " + std::to_string(bytes.size()) +
                    " bytes: " + std::strerror(errno);
            break;
        }
        written += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return error;
}

TicketDesk::TicketDesk(TicketDeskSettings settings, InputMailbox& answers)
    : m_settings(std::move(settings)), m_answers(answers), m_worker([this](std::stop_token stop) { work(stop); })
{
}

TicketDesk::~TicketDesk()
{
    m_cancel = true;
    m_worker.request_stop();
    m_changed.notify_all();
}

void TicketDesk::submit(const ui::RequestTicket& request)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(request);
        ++m_busy;
    }
    m_changed.notify_all();
}

void TicketDesk::wait_idle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_busy == 0; });
}

void TicketDesk::work(std::stop_token stop)
{
    // Its own connection: libcurl handles belong to one thread, and a held long-poll on the
    // network worker's must not delay a visitor's ticket.
    net::CurlHttpClient http(m_settings.http, &m_cancel);
    QueueClient client(http, m_settings.hub);
    for (;;) {
        ui::RequestTicket request;
        {
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait(lock, stop, [this] { return !m_queue.empty(); }))
                return;
            request = std::move(m_queue.front());
            m_queue.pop_front();
        }
        // One id a request: a retry of the same POST (by curl or a proxy) never makes two tickets.
        TicketOutcome outcome = client.take_ticket(request.service, request.priority, new_rating_id());
        if (!outcome.answer.ok)
            log::warning("queue", "no ticket for " + request.service + ": " + outcome.answer.error);
        if (outcome.issued && !m_settings.printer_device.empty() && m_settings.receipt) {
            const std::string bytes = m_settings.receipt(*outcome.issued);
            if (!bytes.empty())
                if (std::string error = write_to_printer(m_settings.printer_device, bytes); !error.empty())
                    log::warning("queue", error);  // the number is on screen and spoken all the same
        }
        m_answers.push(std::move(outcome.answer));
        {
            std::lock_guard lock(m_mutex);
            --m_busy;
        }
        m_changed.notify_all();
    }
}

}  // namespace phare::app
