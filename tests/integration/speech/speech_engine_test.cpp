// The real eSpeak NG engine on its worker, the mixer and the clock-driven WAV sink: what a
// visitor would hear, measured on the samples (docs/accessibility.md, R-12, R-15, R-20, R-31).

#include "platform/audio/clocked_sink.h"
#include "platform/audio/earcons.h"
#include "platform/audio/mixer.h"
#include "core/i18n/speech_text.h"
#include "platform/speech/speech_engine.h"
#include "wav_reader.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace phare;

namespace {

struct Heard {
    std::vector<std::int16_t> pcm;
    std::vector<speech::Mark> marks;  // offsets into pcm
};

// Reads the stream block by block, waiting for the worker, until everything queued is done or
// `max_ms` of audio went by.
Heard listen(speech::SpeechEngine& engine, int max_ms)
{
    Heard heard;
    std::vector<std::int16_t> block(512);
    std::vector<speech::Mark> marks;
    const auto max_samples = static_cast<std::size_t>(max_ms) * static_cast<std::size_t>(engine.sample_rate()) / 1000;
    while (heard.pcm.size() < max_samples && !engine.stream().idle()) {
        engine.stream().read(block, marks, speech::WaitForSynthesis::Yes);
        for (speech::Mark mark : marks) {
            mark.offset += heard.pcm.size();
            heard.marks.push_back(mark);
        }
        heard.pcm.insert(heard.pcm.end(), block.begin(), block.end());
    }
    return heard;
}

double rms(const std::vector<std::int16_t>& pcm, std::size_t from, std::size_t to)
{
    double sum = 0;
    for (std::size_t i = from; i < to && i < pcm.size(); ++i)
        sum += static_cast<double>(pcm[i]) * pcm[i];
    return to > from ? std::sqrt(sum / static_cast<double>(to - from)) / 32768.0 : 0;
}

std::string temp_file(const std::string& name)
{
    // In the build tree, so a failing run leaves its WAV to listen to and /tmp stays clean.
    const std::filesystem::path dir = std::filesystem::path(PHARE_TEST_OUT_DIR) / "engine";
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

}  // namespace

TEST_CASE("R-15 a French and an Arabic sentence become audible speech of plausible length", "[speech]")
{
    speech::SpeechEngine engine;
    REQUIRE(engine.sample_rate() == 22050);
    struct Case {
        const char* lang;
        const char* text;
    };
    const Case sentence = GENERATE(Case{"fr", "Le service des titres de séjour est au premier étage, guichet B."},
                                   Case{"ar", "مكتب بطاقات الإقامة في الطابق الأول، الشباك باء."});
    INFO(sentence.lang);
    engine.say({sentence.text, sentence.lang, sentence.lang, 170}, speech::Queue::Replace);
    Heard heard = listen(engine, 20000);
    REQUIRE(engine.stream().idle());  // it finished on its own
    REQUIRE(heard.marks.size() == 2);
    CHECK(heard.marks[0].kind == speech::MarkKind::Started);
    CHECK(heard.marks[1].kind == speech::MarkKind::Finished);
    const double seconds = static_cast<double>(heard.marks[1].offset - heard.marks[0].offset) / engine.sample_rate();
    // About ten words at 170 words a minute: a few seconds, neither a click nor a stall.
    CHECK(seconds > 1.5);
    CHECK(seconds < 8.0);
    CHECK(rms(heard.pcm, heard.marks[0].offset, heard.marks[1].offset) > 0.02);
}

TEST_CASE("R-14 a slower rate makes the same sentence last longer", "[speech]")
{
    speech::SpeechEngine engine;
    const char* text = "Bienvenue à la préfecture. Choisissez un service.";
    engine.say({text, "fr", "fr", 120}, speech::Queue::Replace);
    const auto slow = listen(engine, 20000);
    engine.say({text, "fr", "fr", 240}, speech::Queue::Replace);
    const auto fast = listen(engine, 20000);
    REQUIRE(slow.marks.size() == 2);
    REQUIRE(fast.marks.size() == 2);
    CHECK(slow.marks[1].offset > fast.marks[1].offset * 3 / 2);
}

TEST_CASE("R-15 a missing voice falls back to the language and still speaks", "[speech]")
{
    speech::SpeechEngine engine;
    engine.say({"Bonjour.", "no-such-voice", "fr", 170}, speech::Queue::Replace);
    const auto heard = listen(engine, 10000);
    REQUIRE(heard.marks.size() == 2);
    CHECK(rms(heard.pcm, heard.marks[0].offset, heard.marks[1].offset) > 0.02);
}

TEST_CASE("R-12 queued speech follows without overlap, and a new utterance replaces everything", "[speech]")
{
    speech::SpeechEngine engine;
    const auto first = engine.say({"Un.", "fr", "fr", 170}, speech::Queue::Replace);
    const auto second = engine.say({"Deux.", "fr", "fr", 170}, speech::Queue::After);
    auto heard = listen(engine, 10000);
    REQUIRE(heard.marks.size() == 4);
    CHECK(heard.marks[0].id == first);
    CHECK(heard.marks[1].id == first);
    CHECK(heard.marks[1].kind == speech::MarkKind::Finished);
    CHECK(heard.marks[2].id == second);
    CHECK(heard.marks[2].offset >= heard.marks[1].offset);

    engine.say({"Une longue phrase qui ne sera jamais finie parce que quelqu'un appuie sur une touche.", "fr", "fr", 170},
               speech::Queue::Replace);
    const auto last = engine.say({"Trois.", "fr", "fr", 170}, speech::Queue::Replace);
    heard = listen(engine, 10000);
    REQUIRE(heard.marks.size() == 2);
    CHECK(heard.marks[0].id == last);
}

TEST_CASE("R-12 an interrupt silences the recording within 100 ms of the key", "[speech][wav]")
{
    speech::SpeechEngine engine;
    audio::Mixer mixer(&engine.stream(), engine.sample_rate());
    mixer.set_gain_db(0);
    const std::string path = temp_file("interrupt.wav");
    {
        audio::ClockedSink sink(mixer, 0, path, speech::WaitForSynthesis::Yes);
        sink.advance_to(0);
        engine.say({"Titres de séjour, premier étage. Suivez la ligne bleue jusqu'au guichet B, puis patientez.", "fr", "fr", 170},
                   speech::Queue::Replace);
        sink.advance_to(1200);
        engine.cancel();  // the visitor pressed a key at 1200 ms
        sink.advance_to(2000);
    }
    std::string why;
    auto wav = test::read_wav(path, why);
    INFO(why);
    REQUIRE(wav);
    CHECK(wav->rms(200, 1200) > 0.03);
    CHECK(wav->peak(1200 + 100, 2000) == 0);
}

TEST_CASE("the WAV sink writes a valid file as long as the clock ran, speech where it was said", "[speech][wav]")
{
    speech::SpeechEngine engine;
    audio::Mixer mixer(&engine.stream(), engine.sample_rate());
    mixer.set_gain_db(-6);
    const std::string path = temp_file("valid.wav");
    {
        audio::ClockedSink sink(mixer, 0, path, speech::WaitForSynthesis::Yes);
        sink.advance_to(500);  // half a second of silence
        engine.say({"Bonjour et bienvenue.", "fr", "fr", 170}, speech::Queue::Replace);
        sink.advance_to(3000);
    }
    std::string why;
    auto wav = test::read_wav(path, why);
    INFO(why);
    REQUIRE(wav);
    CHECK(wav->sample_rate == 22050);
    // The recording ends at the block the device would have pulled last: within one block of 3 s.
    CHECK(wav->duration_ms() >= 3000);
    CHECK(wav->duration_ms() < 3000 + 1000.0 * audio::device_block_samples / 22050 + 1);
    CHECK(wav->peak(0, 500) == 0);
    CHECK(wav->rms(550, 1500) > 0.02);
    // sox, an independent reader, agrees on the length.
    const std::string out = temp_file("sox.txt");
    REQUIRE(std::system(("sox --i -D '" + path + "' > '" + out + "' 2>&1").c_str()) == 0);
    std::ifstream in(out);
    double sox_seconds = 0;
    in >> sox_seconds;
    CHECK(sox_seconds * 1000 == Approx(wav->duration_ms()).margin(1));
}

TEST_CASE("a sink that records nothing skips silence on the recording's clock: speech starts at the same sample",
          "[speech][audio]")
{
    speech::SpeechEngine engine;
    struct Run {
        std::vector<audio::SpeechMark> marks;
        std::uint64_t samples = 0;
    };
    // The same evening twice: 20 s of silence, a sentence, then silence until 40 s.
    auto run = [&](const std::string& wav_path) {
        audio::Mixer mixer(&engine.stream(), engine.sample_rate());
        Run result;
        {
            audio::ClockedSink sink(mixer, 0, wav_path, speech::WaitForSynthesis::Yes);
            sink.advance_to(20'000);
            engine.say({"Bonjour et bienvenue.", "fr", "fr", 170}, speech::Queue::Replace);
            sink.advance_to(20'001);
            sink.advance_to(40'000);
            result.samples = mixer.samples_rendered();
        }
        result.marks = mixer.take_marks();
        return result;
    };
    const Run recorded = run(temp_file("clock-recorded.wav"));
    const Run skipped = run("");
    REQUIRE(recorded.marks.size() == 2);
    REQUIRE(skipped.marks.size() == 2);
    CHECK(recorded.marks[0].kind == speech::MarkKind::Started);
    CHECK(skipped.marks[0].kind == speech::MarkKind::Started);
    CHECK(skipped.marks[1].kind == speech::MarkKind::Finished);
    // It starts in the block after the one playing at 20 s, whether the silence before it was
    // rendered or skipped. (Where it ends depends on eSpeak NG's length for the sentence, which
    // varies by a few samples from one synthesis to the next.)
    CHECK(recorded.marks[0].sample > 20u * 22050u);
    CHECK(skipped.marks[0].sample == recorded.marks[0].sample);
    CHECK(skipped.samples == recorded.samples);
}

TEST_CASE("R-31 the volume is applied in decibels", "[speech][audio]")
{
    audio::Mixer mixer(nullptr, 22050);
    std::vector<std::int16_t> loud(2000), soft(2000);
    mixer.set_gain_db(0);
    mixer.play_earcon(ui::Earcon::NoAction);
    mixer.render(loud, speech::WaitForSynthesis::No);
    mixer.set_gain_db(-12);
    mixer.play_earcon(ui::Earcon::NoAction);
    mixer.render(soft, speech::WaitForSynthesis::No);
    const double ratio_db = 20 * std::log10(rms(soft, 0, soft.size()) / rms(loud, 0, loud.size()));
    CHECK(ratio_db == Approx(-12).margin(0.1));
}

TEST_CASE("R-20 earcons are short, audible and tell move, select, no-action, page and timeout apart", "[speech][audio]")
{
    using ui::Earcon;
    const std::vector<Earcon> all{Earcon::Move, Earcon::MoveToText, Earcon::Select, Earcon::NoAction, Earcon::PageChange, Earcon::TimeoutWarning, Earcon::Call};
    std::vector<std::vector<std::int16_t>> sounds;
    for (Earcon earcon : all) {
        auto pcm = audio::synthesise_earcon(earcon, 22050);
        INFO(static_cast<int>(earcon));
        CHECK(pcm.size() > 22050 / 50);   // longer than 20 ms: heard as a sound
        CHECK(pcm.size() < 22050 * 3 / 10);  // under 300 ms
        CHECK(rms(pcm, 0, pcm.size()) > 0.05);
        for (const auto& other : sounds)
            CHECK(other != pcm);
        sounds.push_back(std::move(pcm));
    }
}

TEST_CASE("R-20 a sound over 3 s never plays under speech", "[speech][audio]")
{
    speech::SpeechEngine engine;
    audio::Mixer mixer(&engine.stream(), engine.sample_rate());
    engine.say({"Un message assez long pour durer un moment.", "fr", "fr", 170}, speech::Queue::Replace);
    CHECK_FALSE(mixer.play_sound(std::vector<std::int16_t>(22050 * 4, 1000)));
    CHECK(mixer.play_earcon(ui::Earcon::Select));
    engine.cancel();
    CHECK(mixer.play_sound(std::vector<std::int16_t>(22050 * 4, 1000)));
}

namespace {

// Says `text` alone into a WAV file and lets sox measure it with the silence before and after
// trimmed off: how long a visitor hears it.
double heard_seconds(speech::SpeechEngine& engine, const std::string& text, const std::string& lang, const std::string& name)
{
    const std::string path = temp_file(name + ".wav");
    const std::string trimmed = temp_file(name + "-trimmed.wav");
    {
        audio::Mixer mixer(&engine.stream(), engine.sample_rate());
        audio::ClockedSink sink(mixer, 0, path, speech::WaitForSynthesis::Yes);
        engine.say({text, lang, lang, 170}, speech::Queue::Replace);
        sink.advance_to(4000);
    }
    const std::string trim = "sox '" + path + "' '" + trimmed + "' silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse";
    REQUIRE(std::system((trim + " 2>&1").c_str()) == 0);
    const std::string out = temp_file(name + ".txt");
    REQUIRE(std::system(("sox --i -D '" + trimmed + "' > '" + out + "' 2>&1").c_str()) == 0);
    std::ifstream in(out);
    double seconds = 0;
    in >> seconds;
    return seconds;
}

}  // namespace

TEST_CASE("a level below ground is heard longer than the level above it: the minus is said", "[speech][wav]")
{
    speech::SpeechEngine engine;
    for (const char* lang : {"fr", "en", "ar", "es", "uk", "he"}) {
        const std::string minus_one = i18n::speech_text("-1", lang);
        const std::string one = i18n::speech_text("1", lang);
        const double minus_seconds = heard_seconds(engine, minus_one, lang, std::string("level-minus-one-") + lang);
        const double one_seconds = heard_seconds(engine, one, lang, std::string("level-one-") + lang);
        INFO(lang << ": \"" << minus_one << "\" " << minus_seconds << " s, \"" << one << "\" " << one_seconds << " s");
        CHECK(one_seconds > 0.1);  // the digit alone is audible...
        CHECK(minus_seconds > one_seconds + 0.15);  // ...and the minus adds a word of its own
    }
}
