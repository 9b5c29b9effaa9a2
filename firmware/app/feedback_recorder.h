#pragma once
// Carries out StoreRating: gives the rating its UUID and its hour, writes it to the outbox on a
// worker thread (an fsync on an SD card can take tens of milliseconds; the main loop never waits
// for it), and hands back RatingStored for the UI, which only then says thank you.

#include "core/feedback/rating.h"
#include "core/ui/input.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace phare::store {
class Outbox;
}

namespace phare::app {

class FeedbackRecorder {
public:
    // `outbox` may be null (no state directory): every rating then fails, visibly. `wake` is
    // called from the worker when a result is ready, to wake the main loop.
    FeedbackRecorder(std::unique_ptr<store::Outbox> outbox, std::function<void()> wake);
    ~FeedbackRecorder();
    FeedbackRecorder(const FeedbackRecorder&) = delete;
    FeedbackRecorder& operator=(const FeedbackRecorder&) = delete;

    void submit(feedback::Rating rating);
    // Results ready since the last call, for the main loop to feed to the UI.
    std::vector<ui::RatingStored> take_results();
    // Blocks until every submitted rating is stored or failed and its wake call has returned
    // (headless scripts, shutdown).
    void wait_idle();

private:
    void work(std::stop_token stop);

    std::unique_ptr<store::Outbox> m_outbox;
    std::function<void()> m_wake;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<feedback::Rating> m_queue;
    std::vector<ui::RatingStored> m_results;
    int m_busy = 0;
    std::jthread m_worker;
};

// A random (version 4) UUID.
std::string new_rating_id();
// "2026-11-26T14:00:00Z": the hour, in UTC, and nothing finer (no tracking of individuals).
std::string hour_stamp(std::chrono::system_clock::time_point when);

}  // namespace phare::app
