#include "platform/audio/mixer.h"

#include "platform/audio/earcons.h"

#include <algorithm>
#include <cmath>

namespace phare::audio {

Mixer::Mixer(speech::SpeechStream* speech, int sample_rate) : m_speech(speech), m_sample_rate(sample_rate)
{
    for (std::size_t i = 0; i < m_earcons.size(); ++i)
        m_earcons[i] = synthesise_earcon(static_cast<ui::Earcon>(i), sample_rate);
    m_marks.reserve(256);
    m_scratch_marks.reserve(64);
    m_scratch_speech.resize(8192);
}

void Mixer::set_gain_db(int gain_db)
{
    std::lock_guard lock(m_mutex);
    m_gain = static_cast<float>(std::pow(10.0, gain_db / 20.0));
}

void Mixer::set_paused(bool paused)
{
    std::lock_guard lock(m_mutex);
    m_paused = paused;
}

bool Mixer::paused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

bool Mixer::play_earcon(ui::Earcon earcon) { return play_sound(m_earcons[static_cast<std::size_t>(earcon)]); }

bool Mixer::play_sound(std::vector<std::int16_t> pcm)
{
    const bool long_sound = pcm.size() > static_cast<std::size_t>(m_sample_rate) * max_earcon_ms_under_speech / 1000;
    if (long_sound && m_speech && !m_speech->idle())
        return false;
    std::lock_guard lock(m_mutex);
    // A new sound replaces the one playing: earcons answer the latest key, not a backlog.
    m_sound = std::move(pcm);
    m_sound_pos = 0;
    return true;
}

std::size_t Mixer::render(std::span<std::int16_t> out, speech::WaitForSynthesis wait)
{
    const std::uint64_t start = m_clock.load();
    bool paused = false;
    float gain = 1.0f;
    {
        std::lock_guard lock(m_mutex);
        paused = m_paused;
        gain = m_gain;
    }
    std::size_t done = 0;
    std::size_t marks = 0;
    while (done < out.size()) {
        const std::size_t n = std::min(out.size() - done, m_scratch_speech.size());
        std::span<std::int16_t> speech(m_scratch_speech.data(), n);
        std::fill(speech.begin(), speech.end(), std::int16_t{0});
        m_scratch_marks.clear();
        if (m_speech && !paused)
            m_speech->read(speech, m_scratch_marks, wait);
        std::lock_guard lock(m_mutex);
        marks += m_scratch_marks.size();
        for (const speech::Mark& mark : m_scratch_marks)
            m_marks.push_back({mark.id, mark.kind, start + done + mark.offset});
        for (std::size_t i = 0; i < n; ++i) {
            float mixed = speech[i];
            if (m_sound_pos < m_sound.size())
                mixed += m_sound[m_sound_pos++];
            out[done + i] = static_cast<std::int16_t>(std::clamp(mixed * gain, -32768.0f, 32767.0f));
        }
        done += n;
    }
    m_clock.store(start + out.size());
    return marks;
}

bool Mixer::skip_if_silent(std::uint64_t samples)
{
    std::lock_guard lock(m_mutex);
    // Only the main thread queues speech and sounds, the thread that drives this sink: nothing
    // can start while the clock jumps.
    if (m_sound_pos < m_sound.size() || (m_speech && !m_speech->idle()))
        return false;
    m_clock.store(m_clock.load() + samples);
    return true;
}

std::vector<SpeechMark> Mixer::take_marks()
{
    std::lock_guard lock(m_mutex);
    std::vector<SpeechMark> marks;
    marks.swap(m_marks);
    m_marks.reserve(256);
    return marks;
}

}  // namespace phare::audio
