#include "platform/speech/speech_stream.h"

#include <algorithm>

namespace phare::speech {

void SpeechStream::add(UtteranceId id)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back(Utterance{id, {}, false, false});
}

UtteranceId SpeechStream::clear()
{
    UtteranceId playing = 0;
    {
        std::lock_guard lock(m_mutex);
        if (!m_queue.empty() && m_queue.front().started)
            playing = m_queue.front().id;
        m_queue.clear();
    }
    m_more.notify_all();
    return playing;
}

SpeechStream::Utterance* SpeechStream::find(UtteranceId id)
{
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [id](const Utterance& u) { return u.id == id; });
    return it == m_queue.end() ? nullptr : &*it;
}

bool SpeechStream::append(UtteranceId id, std::span<const std::int16_t> samples)
{
    {
        std::lock_guard lock(m_mutex);
        Utterance* utterance = find(id);
        if (!utterance)
            return false;
        utterance->pcm.insert(utterance->pcm.end(), samples.begin(), samples.end());
    }
    m_more.notify_all();
    return true;
}

void SpeechStream::finish(UtteranceId id)
{
    {
        std::lock_guard lock(m_mutex);
        if (Utterance* utterance = find(id))
            utterance->synthesised = true;
    }
    m_more.notify_all();
}

bool SpeechStream::wanted(UtteranceId id) const
{
    std::lock_guard lock(m_mutex);
    return std::any_of(m_queue.begin(), m_queue.end(), [id](const Utterance& u) { return u.id == id; });
}

bool SpeechStream::idle() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.empty();
}

std::size_t SpeechStream::read(std::span<std::int16_t> out, std::vector<Mark>& marks, WaitForSynthesis wait,
                               std::chrono::milliseconds cap)
{
    marks.clear();
    const auto deadline = std::chrono::steady_clock::now() + cap;
    std::size_t filled = 0;
    std::unique_lock lock(m_mutex);
    while (filled < out.size() && !m_queue.empty()) {
        Utterance& front = m_queue.front();
        if (!front.started) {
            front.started = true;
            marks.push_back({front.id, MarkKind::Started, filled});
        }
        const std::size_t n = std::min(front.pcm.size(), out.size() - filled);
        std::copy_n(front.pcm.begin(), n, out.begin() + static_cast<std::ptrdiff_t>(filled));
        front.pcm.erase(front.pcm.begin(), front.pcm.begin() + static_cast<std::ptrdiff_t>(n));
        filled += n;
        if (!front.pcm.empty())
            continue;
        if (front.synthesised) {
            marks.push_back({front.id, MarkKind::Finished, filled});
            m_queue.pop_front();
            continue;
        }
        // The synthesiser is behind the reader.
        if (wait == WaitForSynthesis::No || filled == out.size())
            break;
        if (m_more.wait_until(lock, deadline) == std::cv_status::timeout)
            break;
    }
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(filled), out.end(), std::int16_t{0});
    return filled;
}

}  // namespace phare::speech
