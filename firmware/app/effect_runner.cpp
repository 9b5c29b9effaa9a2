#include "app/effect_runner.h"

#include "platform/system/log.h"

namespace phare::app {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang before 17 does not deduce an aggregate's template arguments by itself.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

EffectRunner::EffectRunner(const content::Site& site, std::unique_ptr<AudioChain> audio, const std::string& speech_log_path)
    : m_site(&site), m_audio(std::move(audio))
{
    if (!speech_log_path.empty())
        m_log.emplace(speech_log_path);
}

EffectRunner::~EffectRunner() = default;

void EffectRunner::log(std::int64_t t_ms, SpeechEvent event, const Said& said)
{
    if (m_log)
        m_log->write({t_ms, event, said.text, said.lang, said.voice, said.output});
    if (m_trace && (event == SpeechEvent::Start || event == SpeechEvent::Done))
        m_trace->speech(event == SpeechEvent::Start ? "start" : "done", said.text, said.lang);
}

void EffectRunner::advance(std::int64_t now_ms)
{
    if (!m_audio)
        return;
    m_audio->sink->advance_to(now_ms);
    drain_marks(now_ms);
}

void EffectRunner::drain_marks(std::int64_t now_ms)
{
    for (const audio::SpeechMark& mark : m_audio->mixer->take_marks()) {
        auto said = m_said.find(mark.id);
        if (said == m_said.end())
            continue;  // cut before it was heard
        const std::int64_t t_ms = m_audio->sink->time_of_sample(mark.sample, now_ms);
        if (mark.kind == speech::MarkKind::Started) {
            m_playing = mark.id;
            log(t_ms, SpeechEvent::Start, said->second);
        } else {
            log(t_ms, SpeechEvent::Done, said->second);
            m_said.erase(said);
            if (m_playing == mark.id)
                m_playing = 0;
        }
    }
}

std::string EffectRunner::voice_for(const std::string& lang)
{
    if (const content::Language* language = m_site->find_language(lang))
        return language->voice;
    if (m_reported.insert(lang).second)
        log::warning("speech", "the site has no language \"" + lang + "\"; speaking it with the voice of that name");
    return lang;
}

// The visitor acted or new speech starts: what is heard stops now and what was queued is
// dropped. Only an utterance that was being heard is logged as cut.
void EffectRunner::cut(SpeechEvent why, std::int64_t now_ms)
{
    if (!m_audio)
        return;
    // A device may have started playing something the loop has not heard about yet.
    drain_marks(now_ms);
    m_audio->speech->cancel();
    m_audio->mixer->set_paused(false);
    if (auto said = m_said.find(m_playing); said != m_said.end())
        log(now_ms, why, said->second);
    m_said.clear();
    m_playing = 0;
}

void EffectRunner::speak(const ui::Speak& speak, const ui::State& state, std::int64_t now_ms)
{
    if (!m_audio || speak.text.empty())
        return;
    if (speak.interrupt == ui::Interrupt::Yes)
        cut(SpeechEvent::Interrupt, now_ms);
    const std::string lang = speak.lang.empty() ? state.lang : speak.lang;
    Said said{speak.text, lang, voice_for(lang), state.audio.output};
    const auto id = m_audio->speech->say({speak.text, said.voice, lang, state.audio.rate_wpm()},
                                  speak.interrupt == ui::Interrupt::Yes ? speech::Queue::Replace : speech::Queue::After);
    if (id != 0)  // 0: a silent voice, nothing will be heard
        m_said.emplace(id, std::move(said));
}

void EffectRunner::toggle_pause(std::int64_t now_ms)
{
    if (!m_audio)
        return;
    audio::Mixer& mixer = *m_audio->mixer;
    auto said = m_said.find(m_playing);
    if (mixer.paused()) {
        mixer.set_paused(false);
        if (said != m_said.end())
            log(now_ms, SpeechEvent::Resume, said->second);
    } else if (said != m_said.end()) {
        // Pausing holds the stream where it is; synthesis may run ahead into the buffer.
        mixer.set_paused(true);
        log(now_ms, SpeechEvent::Pause, said->second);
    }
}

void EffectRunner::run(const ui::Effects& effects, const ui::State& state, std::int64_t now_ms)
{
    if (!m_audio)
        return;
    // Volume and output follow the session at every step, so a change is heard in its own
    // confirmation ("Volume 60 %", R-30) and a reset at session end takes effect at once.
    m_audio->mixer->set_gain_db(state.audio.gain_db());
    m_audio->sink->route(state.audio.output);
    for (const ui::Effect& effect : effects)
        if (std::holds_alternative<ui::Speak>(effect) || std::holds_alternative<ui::PlayEarcon>(effect) ||
            std::holds_alternative<ui::TogglePause>(effect))
            m_audio->sink->expect_sound();
    for (const ui::Effect& effect : effects)
        std::visit(Overloaded{
                       [&](const ui::Speak& s) { speak(s, state, now_ms); },
                       [&](const ui::StopSpeech&) { cut(SpeechEvent::Stop, now_ms); },
                       [&](const ui::TogglePause&) { toggle_pause(now_ms); },
                       // Earcons are all under 300 ms; the mixer refuses anything over 3 s under speech.
                       [&](const ui::PlayEarcon& e) { m_audio->mixer->play_earcon(e.earcon); },
                       // Ratings go to the outbox, not to the speaker (app/feedback_recorder).
                       [&](const ui::StoreRating&) {},
                       // Ticket requests go to the hub (app/queue_link), not to the speaker.
                       [&](const ui::RequestTicket&) {},
                   },
                   effect);
}

}  // namespace phare::app
