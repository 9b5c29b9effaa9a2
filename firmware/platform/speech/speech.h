#pragma once
// What the kiosk asks of a voice: say this, in this order, and hand the sound to a SpeechStream.
// Two implementations, chosen once in app/main.cpp: eSpeak NG (speech_engine.h) and the silent
// twin (null_speech.h) for a kiosk whose speech engine cannot start, or that records nothing.

#include "platform/speech/speech_stream.h"

#include <string>

namespace phare::speech {

struct SpeechRequest {
    std::string text;      // UTF-8, plain text
    std::string voice;     // eSpeak NG voice name, e.g. "fr"; empty: the language's default
    std::string lang;      // language code, the fallback when the voice is missing
    int rate_wpm = 170;    // eSpeak clamps to 80..450
};

enum class Queue { Replace, After };

class Speech {
public:
    virtual ~Speech() = default;
    // PCM in stream() is 16-bit mono at this rate.
    virtual int sample_rate() const = 0;
    // Queue::Replace drops whatever is playing or queued first. Returns the utterance's id,
    // 0 when nothing will be heard.
    virtual UtteranceId say(SpeechRequest request, Queue queue) = 0;
    // Drops everything; returns the id that was playing, 0 if none.
    virtual UtteranceId cancel() = 0;
    virtual SpeechStream& stream() = 0;
};

}  // namespace phare::speech
