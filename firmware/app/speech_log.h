#pragma once
// --speech-log FILE: one JSON line per speech event, on the kiosk's clock (virtual in headless
// scripts), so tests can read what was said, when, in which voice and through which output:
//   {"t_ms":1523,"event":"start","text":"Titres de séjour, bouton, 2 sur 10","lang":"fr","voice":"fr","output":"speaker"}
// Events: start (first sample heard), done (last sample heard), interrupt (cut by newer speech or
// by the visitor), stop (StopSpeech), pause and resume (TogglePause). See docs/speech.md.

#include "core/a11y/audio_settings.h"

#include <cstdint>
#include <fstream>
#include <string>

namespace phare::app {

enum class SpeechEvent { Start, Stop, Interrupt, Done, Pause, Resume };

struct SpeechLogEntry {
    std::int64_t t_ms = 0;
    SpeechEvent event = SpeechEvent::Start;
    std::string text;
    std::string lang;
    std::string voice;
    a11y::AudioOutput output = a11y::AudioOutput::Speaker;
};

std::string to_json_line(const SpeechLogEntry& entry);

class SpeechLog {
public:
    // Throws std::runtime_error naming the path when it cannot be written.
    explicit SpeechLog(const std::string& path);
    void write(const SpeechLogEntry& entry);

private:
    std::ofstream m_out;
};

}  // namespace phare::app
