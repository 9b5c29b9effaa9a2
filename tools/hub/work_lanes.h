#pragma once
// Small fixed pools of threads with bounded queues, where the hub's handlers run while the I/O
// thread goes on serving other connections. A full queue refuses work at once (the caller answers
// 503 with Retry-After) instead of letting waits pile up without bound.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace phare::hub {

class WorkLane {
public:
    WorkLane(std::size_t threads, std::size_t max_queued);
    ~WorkLane();
    WorkLane(const WorkLane&) = delete;
    WorkLane& operator=(const WorkLane&) = delete;

    // False when the queue is full or the lane is stopping; the task then never runs.
    bool try_post(std::function<void()> task);
    // Lets running tasks finish, drops queued ones, joins the threads.
    void stop();

private:
    void work();

    std::size_t m_max_queued;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

}  // namespace phare::hub
