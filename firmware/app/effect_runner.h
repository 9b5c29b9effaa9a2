#pragma once
// Carries out the Effects the pure core returns: speech, earcons, pause, stop, with the visitor's
// volume, rate and output from the current State and the voice of the site's language, through
// the audio chain main.cpp chose (app/audio_chain.h). It does not decide what to say or when:
// that is ui::reduce.

#include "core/a11y/audio_settings.h"
#include "app/audio_chain.h"
#include "app/speech_log.h"
#include "app/trace_log.h"
#include "core/content/site.h"
#include "core/ui/effect.h"
#include "core/ui/state.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace phare::app {

class EffectRunner {
public:
    // `audio` null: nothing is heard and no voice is started (headless scripts that record
    // nothing). Throws std::runtime_error when the speech log cannot be written.
    EffectRunner(const content::Site& site, std::unique_ptr<AudioChain> audio, const std::string& speech_log_path);
    ~EffectRunner();
    EffectRunner(const EffectRunner&) = delete;
    EffectRunner& operator=(const EffectRunner&) = delete;

    // Brings the audio up to the kiosk's clock and logs what started or ended by then. Call it
    // before handling each input, so an effect lands at its time on the recording.
    void advance(std::int64_t now_ms);
    void run(const ui::Effects& effects, const ui::State& state, std::int64_t now_ms);
    // New content (its languages choose the voices); the caller keeps `site` alive.
    void replace_site(const content::Site& site) { m_site = &site; }
    // Benchmarks: each utterance that starts or ends playing is also traced there.
    void set_trace(TraceLog* trace) { m_trace = trace; }

private:
    struct Said {
        std::string text;
        std::string lang;
        std::string voice;
        a11y::AudioOutput output = a11y::AudioOutput::Speaker;
    };

    void drain_marks(std::int64_t now_ms);  // logs the starts and ends the sink reported
    void speak(const ui::Speak& speak, const ui::State& state, std::int64_t now_ms);
    void cut(SpeechEvent why, std::int64_t now_ms);
    void toggle_pause(std::int64_t now_ms);
    std::string voice_for(const std::string& lang);
    void log(std::int64_t t_ms, SpeechEvent event, const Said& said);

    const content::Site* m_site;
    std::unique_ptr<AudioChain> m_audio;
    std::optional<SpeechLog> m_log;
    TraceLog* m_trace = nullptr;
    std::map<std::uint64_t, Said> m_said;  // asked for and not yet done, by utterance id
    std::uint64_t m_playing = 0;           // the utterance heard now, 0 if none
    std::set<std::string> m_reported;      // languages without a voice, logged once
};

}  // namespace phare::app
