#pragma once
// A sink driven by the kiosk's clock instead of a sound card: on each advance_to() it renders the
// samples the device would have pulled by then, in the device's block size, and records them to a
// WAV file (--audio-out) or drops them. In headless scripts the clock is virtual, so the recording
// is what the kiosk would have played, sample for sample, however fast the machine is: it waits
// for the speech worker rather than inventing silence (speech::WaitForSynthesis::Yes). Silence
// that is not recorded is skipped, not rendered: the clock is the same either way.

#include "platform/audio/audio_sink.h"
#include "platform/audio/mixer.h"
#include "platform/audio/wav_writer.h"

#include <memory>
#include <optional>
#include <vector>

namespace phare::audio {

class ClockedSink final : public AudioSink {
public:
    // `wav_path` empty: render and drop. `wait`: Yes for a deterministic recording, No when the
    // clock is real and the main loop must not wait. Throws std::runtime_error if the file cannot
    // be created.
    ClockedSink(Mixer& mixer, std::int64_t start_ms, const std::string& wav_path, speech::WaitForSynthesis wait);

    void advance_to(std::int64_t now_ms) override;
    std::int64_t time_of_sample(std::uint64_t sample, std::int64_t now_ms) const override;
    void route(a11y::AudioOutput output) override;
    std::string describe() const override;

private:
    // How many samples (whole blocks) the device would pull from now until past `now_ms`.
    std::uint64_t samples_to_reach(std::int64_t now_ms) const;

    Mixer& m_mixer;
    std::int64_t m_start_ms;
    std::string m_path;
    speech::WaitForSynthesis m_wait;
    std::optional<WavWriter> m_wav;
    std::vector<std::int16_t> m_block;
};

}  // namespace phare::audio
