#include "app/audio_chain.h"

#include "platform/audio/clocked_sink.h"
#include "platform/audio/sdl_audio_sink.h"
#include "platform/speech/null_speech.h"
#include "platform/speech/speech_engine.h"
#include "platform/system/log.h"

#include <stdexcept>

namespace phare::app {

namespace {

std::unique_ptr<speech::Speech> start_speech()
{
    try {
        return std::make_unique<speech::SpeechEngine>();
    } catch (const std::runtime_error& e) {
        log::error("speech", std::string(e.what()) + "; the kiosk stays silent (earcons only)");
        return std::make_unique<speech::NullSpeech>();
    }
}

std::unique_ptr<audio::AudioSink> open_sink(audio::Mixer& mixer, const AudioChoice& choice, std::int64_t start_ms,
                                            std::function<void()> wake)
{
    using speech::WaitForSynthesis;
    // A recording follows the kiosk's clock and waits for synthesis, so it holds exactly what the
    // device would play whatever the machine's speed.
    if (choice.out == AudioOut::Recording)
        return std::make_unique<audio::ClockedSink>(mixer, start_ms, choice.wav_path, WaitForSynthesis::Yes);
    try {
        return std::make_unique<audio::SdlAudioSink>(mixer, audio::DeviceNames{choice.speaker_device, choice.headset_device},
                                                     std::move(wake));
    } catch (const std::runtime_error& e) {
        log::warning("audio", std::string(e.what()) + "; running without sound (speech is synthesised and dropped)");
        return std::make_unique<audio::ClockedSink>(mixer, start_ms, std::string{}, WaitForSynthesis::No);
    }
}

}  // namespace

std::unique_ptr<AudioChain> open_audio_chain(const AudioChoice& choice, std::int64_t start_ms, std::function<void()> wake)
{
    auto chain = std::make_unique<AudioChain>();
    chain->speech = start_speech();
    chain->mixer = std::make_unique<audio::Mixer>(&chain->speech->stream(), chain->speech->sample_rate());
    chain->sink = open_sink(*chain->mixer, choice, start_ms, std::move(wake));
    log::info("audio", chain->sink->describe());
    return chain;
}

}  // namespace phare::app
