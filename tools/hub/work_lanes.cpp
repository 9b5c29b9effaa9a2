#include "work_lanes.h"

namespace phare::hub {

WorkLane::WorkLane(std::size_t threads, std::size_t max_queued) : m_max_queued(max_queued)
{
    for (std::size_t i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

WorkLane::~WorkLane() { stop(); }

bool WorkLane::try_post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_max_queued)
            return false;
        m_queue.push_back(std::move(task));
    }
    m_changed.notify_one();
    return true;
}

void WorkLane::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (auto& thread : m_threads)
        if (thread.joinable())
            thread.join();
    m_threads.clear();
}

void WorkLane::work()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            // Stopping drops what is queued: the server that would answer those requests is gone.
            if (m_stopping)
                return;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task();
    }
}

}  // namespace phare::hub
