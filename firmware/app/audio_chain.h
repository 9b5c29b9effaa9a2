#pragma once
// The chain the kiosk's sound goes through: a voice, the mixer (speech + earcons at the visitor's
// volume), and a sink (the sound card, or a recording on the kiosk's clock). Which one is decided
// once, in app/main.cpp; this file only builds what was asked, degrading loudly when a part is
// missing (no eSpeak NG: earcons only; no sound card: silence, logged).

#include "platform/audio/audio_sink.h"
#include "platform/audio/mixer.h"
#include "platform/speech/speech.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace phare::app {

enum class AudioOut {
    SoundCard,  // the visitor hears it
    Recording,  // follows the kiosk's clock and waits for synthesis: --audio-out, headless speech logs
};

struct AudioChoice {
    AudioOut out = AudioOut::SoundCard;
    std::string wav_path;        // Recording: the WAV to write; empty: nothing is kept
    std::string speaker_device;  // SoundCard: SDL output names; empty: the system's default
    std::string headset_device;
};

// Members are destroyed bottom-up: the sink stops pulling before the mixer and the voice go.
struct AudioChain {
    std::unique_ptr<speech::Speech> speech;
    std::unique_ptr<audio::Mixer> mixer;
    std::unique_ptr<audio::AudioSink> sink;
};

// `start_ms`: the kiosk's clock now. `wake` is called from the audio thread when speech starts or
// ends. Throws std::runtime_error when the WAV asked for cannot be written.
std::unique_ptr<AudioChain> open_audio_chain(const AudioChoice& choice, std::int64_t start_ms, std::function<void()> wake);

}  // namespace phare::app
