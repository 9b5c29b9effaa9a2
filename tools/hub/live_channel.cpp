#include "live_channel.h"

#include <nlohmann/json.hpp>

namespace phare::hub {

LiveChannel::LiveChannel(Storage& storage) : m_storage(storage)
{
    m_latest = m_storage.latest_event_seq();
    const std::int64_t from = m_latest > static_cast<std::int64_t>(kept_in_memory) ? m_latest - static_cast<std::int64_t>(kept_in_memory) : 0;
    for (auto& stored : m_storage.events_after(from, kept_in_memory))
        m_recent.push_back({stored.seq, stored.kiosk, stored.kind, stored.data});
}

void LiveChannel::set_listener(std::function<void()> listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

std::int64_t LiveChannel::publish(const std::string& kiosk, const std::string& kind, const std::string& data_json)
{
    std::function<void()> listener;
    std::int64_t seq = 0;
    {
        // Under the lock so that numbers enter the memory in order.
        std::lock_guard lock(m_mutex);
        seq = m_storage.append_event("", kiosk, kind, data_json, 0);
        m_recent.push_back({seq, kiosk, kind, data_json});
        while (m_recent.size() > kept_in_memory)
            m_recent.pop_front();
        m_latest = seq;
        listener = m_listener;
    }
    if (listener)
        listener();
    return seq;
}

LiveBatch LiveChannel::after(std::int64_t since, const std::string& kiosk) const
{
    std::lock_guard lock(m_mutex);
    LiveBatch batch;
    batch.next = m_latest;
    const std::int64_t oldest = m_recent.empty() ? m_latest + 1 : m_recent.front().seq;
    // 0 on a hub with history: a kiosk that has never listened; past the end: a hub whose log was
    // reset; before the oldest kept: events the hub no longer has. Only a full sync is safe then.
    if ((since == 0 && m_latest > 0) || since > m_latest || since < oldest - 1) {
        batch.resync = true;
        return batch;
    }
    for (auto it = m_recent.rbegin(); it != m_recent.rend() && it->seq > since; ++it)
        if (it->kiosk.empty() || it->kiosk == kiosk)
            batch.events.insert(batch.events.begin(), *it);
    return batch;
}

std::int64_t LiveChannel::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

std::string live_batch_json(const LiveBatch& batch)
{
    auto events = nlohmann::json::array();
    for (const auto& event : batch.events)
        events.push_back({{"seq", event.seq}, {"kind", event.kind}, {"data", nlohmann::json::parse(event.data_json, nullptr, false)}});
    return nlohmann::json{{"events", events}, {"next", batch.next}, {"resync", batch.resync}}.dump();
}

}  // namespace phare::hub
