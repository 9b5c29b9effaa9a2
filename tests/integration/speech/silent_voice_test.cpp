// The audio chain with the silent twin of the speech engine (what a kiosk runs when eSpeak NG
// cannot start): earcons are still heard at the visitor's volume, and nothing is claimed spoken.

#include "app/audio_chain.h"
#include "app/effect_runner.h"
#include "platform/audio/clocked_sink.h"
#include "platform/speech/null_speech.h"
#include "wav_reader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace phare;
namespace fs = std::filesystem;

TEST_CASE("with the silent voice, earcons play and no speech is logged", "[speech]")
{
    const fs::path dir = fs::path(PHARE_TEST_OUT_DIR) / "silent-voice";
    fs::create_directories(dir);
    const std::string wav_path = (dir / "out.wav").string(), log_path = (dir / "speech.jsonl").string();

    content::Site site;
    const ui::State state = ui::initial_state("fr");
    {
        auto chain = std::make_unique<app::AudioChain>();
        chain->speech = std::make_unique<speech::NullSpeech>();
        chain->mixer = std::make_unique<audio::Mixer>(&chain->speech->stream(), chain->speech->sample_rate());
        chain->sink = std::make_unique<audio::ClockedSink>(*chain->mixer, 0, wav_path, speech::WaitForSynthesis::Yes);
        app::EffectRunner runner(site, std::move(chain), log_path);
        runner.run({ui::Speak{"Bonjour", "fr"}, ui::PlayEarcon{ui::Earcon::Select}}, state, 0);
        runner.advance(1000);
        runner.run({ui::Speak{"Au revoir", "fr"}}, state, 1000);
        runner.advance(2000);
    }

    std::string why;
    const auto wav = test::read_wav(wav_path, why);
    INFO(why);
    REQUIRE(wav);
    CHECK(wav->sample_rate == speech::NullSpeech::default_sample_rate);
    CHECK(wav->peak(0, 300) > 1000);       // the earcon, at the default volume
    CHECK(wav->peak(1000, 2000) == 0);     // "Au revoir" was never synthesised: silence
    std::ifstream log(log_path);
    std::ostringstream text;
    text << log.rdbuf();
    CHECK(text.str().empty());  // no utterance is claimed started or heard
}
