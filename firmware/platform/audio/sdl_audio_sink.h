#pragma once
// The sound card: SDL audio devices whose callbacks pull from the mixer. The speaker and the
// headset may be two devices (named in the options); without names both are the default device.
// No SDL type in this header: callers never include SDL.

#include "audio/audio_sink.h"
#include "audio/mixer.h"

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
    ~SdlAudioSink() override;
    SdlAudioSink(const SdlAudioSink&) = delete;
    SdlAudioSink& operator=(const SdlAudioSink&) = delete;

    void advance_to(std::int64_t now_ms) override;
    std::int64_t time_of_sample(std::uint64_t sample, std::int64_t now_ms) const override;
    void route(a11y::AudioOutput output) override;
    std::string describe() const override;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::audio
