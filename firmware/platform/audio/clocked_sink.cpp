#include "platform/audio/clocked_sink.h"

#include <algorithm>

namespace phare::audio {

ClockedSink::ClockedSink(Mixer& mixer, std::int64_t start_ms, const std::string& wav_path, speech::WaitForSynthesis wait)
    : m_mixer(mixer), m_start_ms(start_ms), m_path(wav_path), m_wait(wait), m_block(device_block_samples)
{
    if (!wav_path.empty())
        m_wav.emplace(wav_path, mixer.sample_rate());
}

void ClockedSink::advance_to(std::int64_t now_ms)
{
    // A device asks for the block that starts at or before "now" as soon as the previous one
    // starts playing; sound requested at `now` can only begin in the block after it.
    while (time_of_sample(m_mixer.samples_rendered(), now_ms) <= now_ms) {
        // Silence nobody records is not worth rendering (an idle night is millions of blocks):
        // the clock jumps to the block boundary rendering would have reached.
        if (!m_wav && m_mixer.skip_if_silent(samples_to_reach(now_ms)))
            break;
        m_mixer.render(m_block, m_wait);
        if (m_wav)
            m_wav->write(m_block);
    }
}

std::uint64_t ClockedSink::samples_to_reach(std::int64_t now_ms) const
{
    // The first sample whose time is after now_ms, rounded up to whole blocks from the clock.
    const auto rate = static_cast<std::uint64_t>(m_mixer.sample_rate());
    const auto elapsed = static_cast<std::uint64_t>(std::max<std::int64_t>(0, now_ms - m_start_ms));
    const std::uint64_t target = ((elapsed + 1) * rate + 999) / 1000;
    const std::uint64_t rendered = m_mixer.samples_rendered();
    const std::uint64_t block = m_block.size();
    return target > rendered ? (target - rendered + block - 1) / block * block : 0;
}

std::int64_t ClockedSink::time_of_sample(std::uint64_t sample, std::int64_t /*now_ms*/) const
{
    return m_start_ms + static_cast<std::int64_t>(sample * 1000 / static_cast<std::uint64_t>(m_mixer.sample_rate()));
}

// A recording has one track: what the chosen output plays. The log says which one it was.
void ClockedSink::route(a11y::AudioOutput /*output*/) {}

std::string ClockedSink::describe() const { return m_wav ? "WAV file " + m_path : "no audio device (sound is synthesised and dropped)"; }

}  // namespace phare::audio
