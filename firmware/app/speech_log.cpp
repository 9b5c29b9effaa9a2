#include "app/speech_log.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace phare::app {

namespace {

const char* event_name(SpeechEvent event)
{
    switch (event) {
    case SpeechEvent::Start: return "start";
    case SpeechEvent::Stop: return "stop";
    case SpeechEvent::Interrupt: return "interrupt";
    case SpeechEvent::Done: return "done";
    case SpeechEvent::Pause: return "pause";
    case SpeechEvent::Resume: return "resume";
    }
    return "?";
}

}  // namespace

std::string to_json_line(const SpeechLogEntry& entry)
{
    nlohmann::ordered_json line = {
        {"t_ms", entry.t_ms},
        {"event", event_name(entry.event)},
        {"text", entry.text},
        {"lang", entry.lang},
        {"voice", entry.voice},
        {"output", entry.output == a11y::AudioOutput::Headset ? "headset" : "speaker"},
    };
    return line.dump();
}

SpeechLog::SpeechLog(const std::string& path) : m_out(path, std::ios::binary | std::ios::trunc)
{
    if (!m_out)
        throw std::runtime_error("cannot write the speech log " + path);
}

void SpeechLog::write(const SpeechLogEntry& entry)
{
    // Flushed per line: a kiosk that dies still leaves what it said.
    m_out << to_json_line(entry) << '\n' << std::flush;
}

}  // namespace phare::app
