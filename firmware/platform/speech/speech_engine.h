#pragma once
// eSpeak NG on one worker thread. The caller asks for utterances and gets their PCM (16-bit mono
// at sample_rate()) through a SpeechStream; no call here waits for synthesis, so the main loop
// never blocks on it. It does not play, mix or decide what to say: that is audio/ and the UI.
//
// eSpeak NG keeps process-wide state, so at most one engine exists at a time; every eSpeak call
// happens on the worker thread.

#include "platform/speech/speech.h"

#include <memory>
#include <string>

namespace phare::speech {

class SpeechEngine final : public Speech {
public:
    // Starts the worker and loads eSpeak NG (data from `data_path`, empty: the system's).
    // Throws std::runtime_error if the engine cannot start, naming why.
    explicit SpeechEngine(const std::string& data_path = {});
    ~SpeechEngine();
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    int sample_rate() const override;
    UtteranceId say(SpeechRequest request, Queue queue) override;
    UtteranceId cancel() override;
    SpeechStream& stream() override;

    // CPU time the worker thread has used so far (for the benchmark), in nanoseconds.
    long long worker_cpu_ns() const;

    struct Impl;  // defined in the .cpp only; named here for eSpeak's C callback

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::speech
