#pragma once
// Inputs other threads hand to the main loop (the queue's news from the network worker, ticket
// answers from the ticket desk): pushed from any thread, which wakes the loop; taken in order by
// the loop, which feeds them to the UI. The loop never waits on it.

#include "core/ui/input.h"

#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace phare::app {

class InputMailbox {
public:
    explicit InputMailbox(std::function<void()> wake = {}) : m_wake(std::move(wake)) {}

    void push(ui::Input input)
    {
        {
            std::lock_guard lock(m_mutex);
            m_inputs.push_back(std::move(input));
        }
        if (m_wake)
            m_wake();
    }

    std::vector<ui::Input> take()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_inputs, {});
    }

private:
    std::function<void()> m_wake;
    std::mutex m_mutex;
    std::vector<ui::Input> m_inputs;
};

}  // namespace phare::app
