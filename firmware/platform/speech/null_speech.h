#pragma once
// The silent twin of the speech engine: accepts every request and says nothing (id 0), so the
// rest of the audio chain (earcons, volume, the recording's clock) works without a voice.

#include "platform/speech/speech.h"

namespace phare::speech {

class NullSpeech final : public Speech {
public:
    // eSpeak NG's rate, so a mixer built on either twin runs at the same rate.
    static constexpr int default_sample_rate = 22050;

    int sample_rate() const override { return default_sample_rate; }
    UtteranceId say(SpeechRequest, Queue) override { return 0; }
    UtteranceId cancel() override { return 0; }
    SpeechStream& stream() override { return m_stream; }

private:
    SpeechStream m_stream;  // stays empty: the mixer reads silence
};

}  // namespace phare::speech
