#pragma once
// Mixes speech and earcons into the one stream a sink plays, at the visitor's volume. Thread-safe:
// the main thread sets gain, pause and earcons; exactly one sink thread calls render(). It keeps a
// sample clock (samples rendered so far) so that when an utterance started or ended can be put on
// the sink's timeline. It does not open devices or files.

#include "platform/speech/speech_stream.h"
#include "core/ui/effect.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace phare::audio {

// Longest automatic sound allowed to play under speech.
inline constexpr int max_earcon_ms_under_speech = 3000;

struct SpeechMark {
    speech::UtteranceId id = 0;
    speech::MarkKind kind = speech::MarkKind::Started;
    std::uint64_t sample = 0;  // position on the mixer's sample clock
};

class Mixer {
public:
    // `speech` may be null (no speech engine): earcons only.
    Mixer(speech::SpeechStream* speech, int sample_rate);

    int sample_rate() const { return m_sample_rate; }
    void set_gain_db(int gain_db);
    void set_paused(bool paused);
    bool paused() const;
    // False (and nothing plays) for a sound longer than 3 s while speech is playing.
    bool play_earcon(ui::Earcon earcon);
    bool play_sound(std::vector<std::int16_t> pcm);

    // Sink side. Returns how many speech marks the block produced.
    std::size_t render(std::span<std::int16_t> out, speech::WaitForSynthesis wait);
    std::uint64_t samples_rendered() const { return m_clock.load(); }
    // Sink side: when nothing plays or waits to play, moves the clock `samples` on as if that
    // much silence had been rendered, and returns true; otherwise does nothing and returns false.
    bool skip_if_silent(std::uint64_t samples);

    // Main side: the marks rendered since the last call, oldest first.
    std::vector<SpeechMark> take_marks();

private:
    speech::SpeechStream* m_speech;
    const int m_sample_rate;
    std::array<std::vector<std::int16_t>, 6> m_earcons;  // one per ui::Earcon

    mutable std::mutex m_mutex;  // guards everything below but the clock and the render buffers
    float m_gain = 1.0f;
    bool m_paused = false;
    std::vector<std::int16_t> m_sound;
    std::size_t m_sound_pos = 0;
    std::vector<SpeechMark> m_marks;

    std::atomic<std::uint64_t> m_clock{0};
    // Render-thread scratch, reserved once so the audio callback does not allocate.
    std::vector<speech::Mark> m_scratch_marks;
    std::vector<std::int16_t> m_scratch_speech;
};

}  // namespace phare::audio
