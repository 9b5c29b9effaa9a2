// phare-bench-speech: how fast spoken guidance answers and what it costs, with the real eSpeak NG
// and the kiosk's own pipeline (worker -> stream -> mixer):
//   - key press to first audible sample, p50 / p99 over N presses (each press cuts the last one);
//   - synthesis real-time factor per language of the example site (synthesis time / audio time);
//   - CPU of the speech worker thread per second of speech;
//   - memory the engine adds (resident set, before vs after loading every voice).
// Usage: phare-bench-speech [--runs N] [--site DIR]

#include "platform/audio/audio_sink.h"
#include "platform/audio/mixer.h"
#include "platform/speech/speech_engine.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace phare;
using Clock = std::chrono::steady_clock;

namespace {

long rss_kib()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

// A few hundred characters of what the kiosk really says in `lang`: the site's interface strings.
std::string sample_text(const std::string& site_dir, const std::string& lang)
{
    std::ifstream in(site_dir + "/strings/" + lang + ".json");
    const auto strings = nlohmann::json::parse(in);
    std::string text;
    for (const auto& [key, value] : strings.items()) {
        if (!value.is_string() || value.get<std::string>().find('{') != std::string::npos)
            continue;
        text += value.get<std::string>() + ". ";
        if (text.size() > 600)
            break;
    }
    return text;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

// Key press -> first non-zero sample out of the mixer, read the way the device reads (a block at a
// time), but without the device's own buffering, which adds up to one block.
double press_to_sound_ms(speech::SpeechEngine& engine, audio::Mixer& mixer, const std::string& text, const std::string& lang)
{
    std::vector<std::int16_t> block(64);
    const auto pressed = Clock::now();
    engine.say({text, lang, lang, 170}, speech::Queue::Replace);
    for (int guard = 0; guard < 100000; ++guard) {
        mixer.render(block, speech::WaitForSynthesis::Yes);
        if (std::any_of(block.begin(), block.end(), [](std::int16_t s) { return s != 0; }))
            return std::chrono::duration<double, std::milli>(Clock::now() - pressed).count();
    }
    return -1;
}

struct Synthesis {
    double audio_s = 0;
    double wall_s = 0;
    double worker_cpu_s = 0;
};

// Synthesises `text` completely, as fast as the worker can, reading it as it comes.
Synthesis synthesise(speech::SpeechEngine& engine, const std::string& text, const std::string& lang)
{
    std::vector<std::int16_t> block(4096);
    std::vector<speech::Mark> marks;
    const long long cpu_before = engine.worker_cpu_ns();
    const auto start = Clock::now();
    engine.say({text, lang, lang, 170}, speech::Queue::Replace);
    std::size_t samples = 0;
    bool finished = false;
    while (!finished) {
        const std::size_t got = engine.stream().read(block, marks, speech::WaitForSynthesis::Yes);
        samples += got;
        finished = std::any_of(marks.begin(), marks.end(), [](const speech::Mark& m) { return m.kind == speech::MarkKind::Finished; });
        if (!finished && got == 0 && engine.stream().idle())
            break;
    }
    Synthesis result;
    result.wall_s = std::chrono::duration<double>(Clock::now() - start).count();
    result.audio_s = static_cast<double>(samples) / engine.sample_rate();
    result.worker_cpu_s = static_cast<double>(engine.worker_cpu_ns() - cpu_before) / 1e9;
    return result;
}

}  // namespace

int main(int argc, char** argv)
{
    int runs = 50;
    std::string site_dir = std::string(PHARE_SOURCE_DIR) + "/config/sites/prefecture-44";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--runs")
            runs = std::max(2, std::atoi(argv[i + 1]));
        else if (arg == "--site")
            site_dir = argv[i + 1];
    }
    const std::vector<std::string> languages{"fr", "en", "ar", "es", "uk"};

    const long rss_before = rss_kib();
    speech::SpeechEngine engine;
    audio::Mixer mixer(&engine.stream(), engine.sample_rate());
    mixer.set_gain_db(0);

    std::printf("phare-bench-speech: eSpeak NG, %d Hz mono, %d runs\n\n", engine.sample_rate(), runs);
    std::printf("synthesis (the site's interface strings, 170 wpm)\n");
    std::printf("  %-4s %8s %8s %10s %12s\n", "lang", "audio s", "wall s", "RTF", "worker CPU %");
    double total_audio = 0, total_cpu = 0;
    for (const std::string& lang : languages) {
        const std::string text = sample_text(site_dir, lang);
        synthesise(engine, text, lang);  // warm: the voice loads once
        const Synthesis s = synthesise(engine, text, lang);
        total_audio += s.audio_s;
        total_cpu += s.worker_cpu_s;
        std::printf("  %-4s %8.2f %8.3f %10.4f %12.2f\n", lang.c_str(), s.audio_s, s.wall_s, s.wall_s / s.audio_s,
                    100.0 * s.worker_cpu_s / s.audio_s);
    }
    const long rss_after = rss_kib();
    std::printf("  worker CPU while speaking at real time: %.2f %% of one core (all languages)\n\n", 100.0 * total_cpu / total_audio);

    std::printf("key press -> first audible sample out of the mixer (+ up to %.1f ms of device block)\n",
                1000.0 * audio::device_block_samples / engine.sample_rate());
    for (const std::string& lang : languages) {
        const std::string text = sample_text(site_dir, lang).substr(0, 120);
        std::vector<double> latencies;
        for (int i = 0; i < runs; ++i)
            latencies.push_back(press_to_sound_ms(engine, mixer, text, lang));
        std::printf("  %-4s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", lang.c_str(), percentile(latencies, 0.5),
                    percentile(latencies, 0.99), *std::max_element(latencies.begin(), latencies.end()));
    }
    engine.cancel();

    std::printf("\nmemory: resident set %ld KiB before the engine, %ld KiB with five voices used: +%ld KiB\n", rss_before, rss_after,
                rss_after - rss_before);
    return 0;
}
