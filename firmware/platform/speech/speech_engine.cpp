#include "platform/speech/speech_engine.h"

#include "platform/system/log.h"

#include <espeak-ng/speak_lib.h>
#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <future>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>

namespace phare::speech {

namespace {

// Length of the buffers eSpeak hands to the callback. Short, because a cancel takes effect at the
// next buffer: 20 ms of audio is well under a millisecond of synthesis.
constexpr int buffer_ms = 20;

std::atomic<bool> g_engine_exists{false};

}  // namespace

struct SpeechEngine::Impl {
    SpeechStream stream;
    std::mutex mutex;
    std::condition_variable_any wake;
    std::deque<std::pair<UtteranceId, SpeechRequest>> requests;
    UtteranceId next_id = 1;
    int sample_rate = 0;

    // Worker-only state.
    UtteranceId synthesising = 0;
    std::string current_voice;
    std::set<std::string> reported_voices;

    std::jthread worker;

    void run(std::stop_token stop, const std::string& data_path, std::promise<int>& ready);
    void synthesise(const std::stop_token& stop, UtteranceId id, const SpeechRequest& request);
    void select_voice(const SpeechRequest& request);
};

namespace {

thread_local SpeechEngine::Impl* t_worker = nullptr;
thread_local const std::stop_token* t_stop = nullptr;

// eSpeak's synth callback: runs on the worker, inside espeak_Synth. Returning 1 aborts synthesis,
// which is how a newer utterance or shutdown cuts the current one short.
int on_samples(short* wav, int count, espeak_EVENT* /*events*/)
{
    if (!t_worker || (t_stop && t_stop->stop_requested()))
        return 1;
    if (!wav || count <= 0)
        return t_worker->stream.wanted(t_worker->synthesising) ? 0 : 1;
    const std::span<const std::int16_t> samples(wav, static_cast<std::size_t>(count));
    return t_worker->stream.append(t_worker->synthesising, samples) ? 0 : 1;
}

}  // namespace

void SpeechEngine::Impl::select_voice(const SpeechRequest& request)
{
    const std::string wanted = request.voice.empty() ? request.lang : request.voice;
    if (wanted == current_voice)
        return;
    current_voice = wanted;
    if (!wanted.empty() && espeak_SetVoiceByName(wanted.c_str()) == EE_OK)
        return;
    espeak_VOICE spec{};
    spec.languages = request.lang.c_str();
    const bool by_language = !request.lang.empty() && espeak_SetVoiceByProperties(&spec) == EE_OK;
    // Degrade loudly, once per voice, so a missing voice shows in the log without flooding it.
    if (reported_voices.insert(wanted).second)
        log::warning("speech", "no eSpeak NG voice \"" + wanted + "\"; " +
                                   (by_language ? "using the voice for language \"" + request.lang + "\"" : std::string("using the default voice")));
    if (!by_language)
        espeak_SetVoiceByName("en");
}

void SpeechEngine::Impl::synthesise(const std::stop_token& stop, UtteranceId id, const SpeechRequest& request)
{
    if (!stream.wanted(id))
        return;
    select_voice(request);
    espeak_SetParameter(espeakRATE, std::clamp(request.rate_wpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    synthesising = id;
    t_stop = &stop;
    espeak_Synth(request.text.c_str(), request.text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    t_stop = nullptr;
    stream.finish(id);
}

void SpeechEngine::Impl::run(std::stop_token stop, const std::string& data_path, std::promise<int>& ready)
{
    // eSpeak NG 1.51's espeak_Terminate() deadlocks after a synchronous espeak_Initialize() (its
    // internal queue thread waits forever), so the library is loaded once and stays loaded for
    // the life of the process; later engines reuse it. Engines never overlap (g_engine_exists).
    static int s_rate = 0;
    if (s_rate <= 0)
        s_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, buffer_ms, data_path.empty() ? nullptr : data_path.c_str(),
                                   espeakINITIALIZE_DONT_EXIT);
    const int rate = s_rate;
    ready.set_value(rate);
    if (rate <= 0)
        return;
    t_worker = this;
    espeak_SetSynthCallback(&on_samples);
    for (;;) {
        std::pair<UtteranceId, SpeechRequest> next;
        {
            std::unique_lock lock(mutex);
            if (!wake.wait(lock, stop, [this] { return !requests.empty(); }))
                break;
            next = std::move(requests.front());
            requests.pop_front();
        }
        synthesise(stop, next.first, next.second);
    }
    t_worker = nullptr;
}

SpeechEngine::SpeechEngine(const std::string& data_path) : m_impl(std::make_unique<Impl>())
{
    if (g_engine_exists.exchange(true))
        throw std::runtime_error("eSpeak NG is process-wide: a second speech engine cannot start");
    std::promise<int> ready;
    std::future<int> rate = ready.get_future();
    m_impl->worker = std::jthread([impl = m_impl.get(), data_path, &ready](std::stop_token stop) { impl->run(stop, data_path, ready); });
    m_impl->sample_rate = rate.get();
    if (m_impl->sample_rate <= 0) {
        m_impl->worker.join();
        g_engine_exists = false;
        throw std::runtime_error("eSpeak NG did not start (is espeak-ng-data installed?)");
    }
}

SpeechEngine::~SpeechEngine()
{
    m_impl->worker.request_stop();
    m_impl->stream.clear();
    m_impl->worker = {};  // joins
    g_engine_exists = false;
}

int SpeechEngine::sample_rate() const { return m_impl->sample_rate; }

SpeechStream& SpeechEngine::stream() { return m_impl->stream; }

UtteranceId SpeechEngine::say(SpeechRequest request, Queue queue)
{
    if (queue == Queue::Replace)
        cancel();
    UtteranceId id = 0;
    {
        std::lock_guard lock(m_impl->mutex);
        id = m_impl->next_id++;
        m_impl->stream.add(id);
        m_impl->requests.emplace_back(id, std::move(request));
    }
    m_impl->wake.notify_one();
    return id;
}

UtteranceId SpeechEngine::cancel()
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->requests.clear();
    }
    return m_impl->stream.clear();
}

long long SpeechEngine::worker_cpu_ns() const
{
    clockid_t clock{};
    timespec spent{};
    if (pthread_getcpuclockid(m_impl->worker.native_handle(), &clock) != 0 || clock_gettime(clock, &spent) != 0)
        return -1;
    return static_cast<long long>(spent.tv_sec) * 1'000'000'000LL + spent.tv_nsec;
}

}  // namespace phare::speech
