#include "app/feedback_recorder.h"

#include "platform/store/outbox.h"
#include "platform/system/log.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <random>
#include <utility>

namespace phare::app {

std::string new_rating_id()
{
    static thread_local std::random_device device;
    std::array<unsigned char, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 4) {
        const unsigned value = device();
        for (std::size_t j = 0; j < 4; ++j)
            bytes[i + j] = static_cast<unsigned char>(value >> (8 * j));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0], bytes[1], bytes[2],
                  bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13],
                  bytes[14], bytes[15]);
    return text;
}

std::string hour_stamp(std::chrono::system_clock::time_point when)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:00:00Z", &utc);
    return text;
}

FeedbackRecorder::FeedbackRecorder(std::unique_ptr<store::Outbox> outbox, std::function<void()> wake)
    : m_outbox(std::move(outbox)), m_wake(std::move(wake)), m_worker([this](std::stop_token stop) { work(stop); })
{
}

FeedbackRecorder::~FeedbackRecorder()
{
    wait_idle();
    m_worker.request_stop();
    m_changed.notify_all();
}

void FeedbackRecorder::submit(feedback::Rating rating)
{
    rating.id = new_rating_id();
    rating.at_hour = hour_stamp(std::chrono::system_clock::now());
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(rating));
        ++m_busy;
    }
    m_changed.notify_all();
}

std::vector<ui::RatingStored> FeedbackRecorder::take_results()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_results, {});
}

void FeedbackRecorder::wait_idle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_busy == 0; });
}

void FeedbackRecorder::work(std::stop_token stop)
{
    for (;;) {
        feedback::Rating rating;
        {
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait(lock, stop, [&] { return !m_queue.empty(); }))
                return;
            rating = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const Result<void> stored = m_outbox ? m_outbox->add(rating) : fail("", "no outbox (no state directory)");
        const bool ok = stored.has_value();
        if (!ok)
            log::error("feedback", "rating not stored: " + describe(stored.error()));
        {
            std::lock_guard lock(m_mutex);
            m_results.push_back(ui::RatingStored{ok});
        }
        // Wake the main loop before counting the rating done: wait_idle() (scripts, shutdown, tests)
        // returns only once the main loop has been told, never in between.
        if (m_wake)
            m_wake();
        {
            std::lock_guard lock(m_mutex);
            --m_busy;
        }
        m_changed.notify_all();
    }
}

}  // namespace phare::app
