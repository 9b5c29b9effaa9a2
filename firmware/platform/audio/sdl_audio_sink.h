#pragma once
// The sound card: SDL audio devices whose callbacks pull from the mixer. The speaker and the
// headset may be two devices (named in the options); without names both are the default device.
// An open device wakes SDL's audio thread every block even in silence, so after a long silence
// the devices close (an idle kiosk uses no CPU) and open again when sound is next queued.
// No SDL type in this header: callers never include SDL.

#include "platform/audio/audio_sink.h"
#include "platform/audio/mixer.h"

#include <functional>
#include <memory>
#include <string>

namespace phare::audio {

struct DeviceNames {
    std::string speaker;  // empty: the system's default output
    std::string headset;  // empty: the same device as the speaker
};

class SdlAudioSink final : public AudioSink {
public:
    // Opens the device(s) and starts playing (silence until there is sound). Throws
    // std::runtime_error with SDL's reason when there is no usable device. `wake` is called from
    // the audio thread when an utterance starts or ends, so the main loop can log it promptly.
    SdlAudioSink(Mixer& mixer, const DeviceNames& names, std::function<void()> wake);
    static constexpr int idle_close_ms = 10'000;
    ~SdlAudioSink() override;
    SdlAudioSink(const SdlAudioSink&) = delete;
    SdlAudioSink& operator=(const SdlAudioSink&) = delete;

    // Closes the devices once they have played nothing for `idle_close_ms`.
    void advance_to(std::int64_t now_ms) override;
    void expect_sound() override;
    std::int64_t time_of_sample(std::uint64_t sample, std::int64_t now_ms) const override;
    void route(a11y::AudioOutput output) override;
    std::string describe() const override;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::audio
