#pragma once
// Where the mixer's sound goes: the audio device, or a clock-driven recorder (a WAV file, or
// nothing). One interface so the app runs the same with or without a sound card.

#include "core/a11y/audio_settings.h"

#include <cstdint>
#include <string>

namespace phare::audio {

class AudioSink {
public:
    virtual ~AudioSink() = default;
    // The kiosk's clock reached `now_ms` (main thread). Clock-driven sinks render up to it; a
    // device plays on its own and ignores this.
    virtual void advance_to(std::int64_t now_ms) = 0;
    // When sample `sample` of the mixer's clock is heard, on the kiosk's clock. Sinks that cannot
    // tell (a device with its own clock) answer `now_ms`.
    virtual std::int64_t time_of_sample(std::uint64_t sample, std::int64_t now_ms) const = 0;
    // Sound is about to be queued (main thread): a device closed after a long silence opens again.
    virtual void expect_sound() {}
    // Speaker or headset.
    virtual void route(a11y::AudioOutput output) = 0;
    // For the log: "SDL device \"...\"", "WAV out.wav".
    virtual std::string describe() const = 0;
};

// Samples a device asks for at once; the recorder uses the same block so a cancel lands on the
// recording exactly as late as on the device (about 23 ms at 22050 Hz).
inline constexpr int device_block_samples = 512;

}  // namespace phare::audio
