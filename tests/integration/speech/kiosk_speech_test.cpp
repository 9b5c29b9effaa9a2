// The real phare-kiosk, headless, driven by keypad scripts: its --speech-log says what was spoken,
// when, in which voice; its --audio-out WAV holds what the device would have played. Together they
// check R-12 (silence after the visitor acts), R-15 (voice follows language), R-10/R-11 (what is
// spoken is the focused item's label from the Frame).

#include "support/site_files.h"
#include "wav_reader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using nlohmann::json;

namespace {

const std::string example_site = std::string(PHARE_SOURCE_DIR) + "/config/sites/prefecture-44";
// Another building: a basement, a labelled ground floor and mezzanine, Arabic and Hebrew.
const std::string sous_sol_site = std::string(PHARE_SOURCE_DIR) + "/tests/fixtures/sites/sous-sol";

struct Run {
    int exit_code = -1;
    std::vector<json> log;
    std::optional<phare::test::Wav> wav;
    std::string wav_error;
    std::string dir;
    json frame(const std::string& name) const
    {
        std::ifstream in(dir + "/" + name);
        return json::parse(in);
    }
};

std::string fresh_dir(const std::string& name)
{
    // In the build tree, so a failing run leaves its log, WAV and frames to look at.
    const auto dir = std::filesystem::path(PHARE_TEST_OUT_DIR) / "kiosk" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

Run run_kiosk(const std::string& name, const std::string& script, const std::string& lang, const std::string& site_dir = example_site,
              const std::string& extra_options = {})
{
    Run run;
    run.dir = fresh_dir(name);
    std::ofstream(run.dir + "/script.txt") << script;
    const std::string command = std::string("cd '") + run.dir + "' && '" + PHARE_KIOSK_BIN + "' --site '" + site_dir +
                                "' --headless --lang " + lang + extra_options + " --script script.txt --speech-log speech.jsonl --audio-out audio.wav" +
                                " 2> stderr.txt";
    run.exit_code = std::system(command.c_str());
    std::ifstream log(run.dir + "/speech.jsonl");
    for (std::string line; std::getline(log, line);)
        run.log.push_back(json::parse(line));
    run.wav = phare::test::read_wav(run.dir + "/audio.wav", run.wav_error);
    return run;
}

std::map<std::string, std::string> site_voices(const std::string& site_dir)
{
    std::ifstream in(site_dir + "/site.json");
    json site = json::parse(in);
    std::map<std::string, std::string> voices;
    for (const json& language : site.at("languages"))
        voices[language.at("code").get<std::string>()] = language.at("voice").get<std::string>();
    return voices;
}

const json* focused(const json& frame)
{
    for (const json& e : frame.at("elements"))
        if (e.value("focused", false))
            return &e;
    return nullptr;
}

const json* first_start_from(const std::vector<json>& log, std::int64_t t_ms)
{
    for (const json& e : log)
        if (e.at("event") == "start" && e.at("t_ms").get<std::int64_t>() >= t_ms)
            return &e;
    return nullptr;
}

// Every line is well formed, time never goes back, and utterances never overlap (R-12): each
// start comes when nothing is being heard, and only what is heard is done, cut or stopped.
void check_log_is_consistent(const std::vector<json>& log)
{
    std::int64_t last_t = 0;
    std::optional<std::string> hearing;
    for (const json& e : log) {
        INFO(e.dump());
        for (const char* key : {"t_ms", "event", "text", "lang", "voice", "output"})
            REQUIRE(e.contains(key));
        const auto t = e.at("t_ms").get<std::int64_t>();
        CHECK(t >= last_t);
        last_t = t;
        const std::string event = e.at("event");
        const std::string output = e.at("output");
        CHECK((output == "speaker" || output == "headset"));
        if (event == "start") {
            CHECK_FALSE(hearing);
            hearing = e.at("text").get<std::string>();
        } else if (event == "done" || event == "interrupt" || event == "stop") {
            REQUIRE(hearing);
            CHECK(*hearing == e.at("text").get<std::string>());
            hearing.reset();
        } else {
            CHECK((event == "pause" || event == "resume"));
        }
    }
}

}  // namespace

TEST_CASE("R-15 R-11 each language is spoken with its voice, and a key speaks the focused item", "[speech][e2e]")
{
    const auto [site_dir, lang] = GENERATE(table<std::string, std::string>({{example_site, "fr"},
                                                                             {example_site, "en"},
                                                                             {example_site, "ar"},
                                                                             {example_site, "es"},
                                                                             {example_site, "uk"},
                                                                             {sous_sol_site, "fr"},
                                                                             {sous_sol_site, "ar"},
                                                                             {sous_sol_site, "he"}}));
    INFO(site_dir << " --lang " << lang);
    const std::string name = std::filesystem::path(site_dir).filename().string() + "-" + lang;
    const Run run = run_kiosk("voices-" + name, "key down\nwait 2500\nkey down\nframe after.json\nwait 2500\n", lang, site_dir);
    REQUIRE(run.exit_code == 0);
    REQUIRE_FALSE(run.log.empty());
    check_log_is_consistent(run.log);

    const auto voices = site_voices(site_dir);
    for (const json& e : run.log) {
        INFO(e.dump());
        REQUIRE(voices.count(e.at("lang")) == 1);
        CHECK(e.at("voice") == voices.at(e.at("lang")));
    }
    // The first key turns guidance on and speaks in the display language.
    CHECK(run.log.front().at("event") == "start");
    CHECK(run.log.front().at("lang") == lang);
    CHECK(run.log.front().at("voice") == voices.at(lang));

    // The second key (at 2500 ms) moves to an item; what is said is its label in the Frame.
    const json frame = run.frame("after.json");
    const json* item = focused(frame);
    REQUIRE(item);
    const json* said = first_start_from(run.log, 2500);
    REQUIRE(said);
    CHECK(said->at("text") == item->at("spoken"));
    CHECK(said->at("t_ms").get<std::int64_t>() <= 2500 + 100);

    INFO(run.wav_error);
    REQUIRE(run.wav);
    const auto t = said->at("t_ms").get<std::int64_t>();
    CHECK(run.wav->rms(t, t + 400) > 0.005);
}

TEST_CASE("R-12 a key that brings new speech cuts the old one at once, without overlap", "[speech][e2e]")
{
    const Run run = run_kiosk("interrupt", "key down\nwait 1000\nkey down\nwait 3000\n", "fr");
    REQUIRE(run.exit_code == 0);
    check_log_is_consistent(run.log);
    REQUIRE(run.log.size() >= 3);
    // The guidance announcement is long: the key at 1000 ms cuts it.
    CHECK(run.log[0].at("event") == "start");
    CHECK(run.log[1].at("event") == "interrupt");
    CHECK(run.log[1].at("t_ms") == 1000);
    CHECK(run.log[2].at("event") == "start");
    CHECK(run.log[2].at("t_ms").get<std::int64_t>() <= 1000 + 100);
}

TEST_CASE("R-12 the recording is silent within 100 ms after a tap that stops speech", "[speech][e2e][wav]")
{
    // Find a place to tap that does nothing but stop speech: a text block with no control on it.
    const Run probe = run_kiosk("probe", "frame welcome.json\n", "fr");
    REQUIRE(probe.exit_code == 0);
    const json frame = probe.frame("welcome.json");
    std::optional<std::pair<int, int>> point;
    for (const json& e : frame.at("elements")) {
        if (e.at("focusable") || e.at("spoken").get<std::string>().empty() || e.at("id") == "header")
            continue;
        const auto r = e.at("rect");
        const int x = r[0].get<int>() + r[2].get<int>() / 2, y = r[1].get<int>() + r[3].get<int>() / 2;
        bool on_control = false;
        for (const json& c : frame.at("elements")) {
            const auto cr = c.at("rect");
            on_control = on_control || (c.at("focusable") && x >= cr[0] && x < cr[0].get<int>() + cr[2].get<int>() && y >= cr[1] &&
                                        y < cr[1].get<int>() + cr[3].get<int>());
        }
        if (!on_control) {
            point = std::make_pair(x, y);
            break;
        }
    }
    REQUIRE(point);

    std::ostringstream script;
    script << "key down\nwait 1000\ntap " << point->first << " " << point->second << "\nwait 1000\n";
    const Run run = run_kiosk("tap-stop", script.str(), "fr");
    REQUIRE(run.exit_code == 0);
    check_log_is_consistent(run.log);
    REQUIRE(run.log.size() >= 2);
    CHECK(run.log[1].at("event") == "stop");
    CHECK(run.log[1].at("t_ms") == 1000);
    CHECK_FALSE(first_start_from(run.log, 1000));

    INFO(run.wav_error);
    REQUIRE(run.wav);
    CHECK(run.wav->duration_ms() >= 2000);
    CHECK(run.wav->rms(100, 1000) > 0.005);  // speech was playing
    CHECK(run.wav->peak(1000 + 100, 2000) == 0);  // and nothing after the tap
}

TEST_CASE("R-30 R-31 the volume keys change what the recording holds by the gain table's 24 dB", "[speech][e2e][wav]")
{
    // Five presses reach each end of the table; the last confirmation is heard in full.
    auto presses = [](const char* key) {
        std::string script;
        for (int i = 0; i < 5; ++i)
            script += std::string("key ") + key + "\nwait 100\n";
        return script + "wait 3000\n";
    };
    auto last_utterance_rms = [](const Run& run) {
        const json* start = nullptr;
        const json* done = nullptr;
        for (const json& e : run.log) {
            if (e.at("event") == "start")
                start = &e;
            if (e.at("event") == "done")
                done = &e;
        }
        REQUIRE(start);
        REQUIRE(done);
        REQUIRE(run.wav);
        return run.wav->rms(start->at("t_ms").get<std::int64_t>(), done->at("t_ms").get<std::int64_t>());
    };
    const Run loud = run_kiosk("volume-max", presses("vol+"), "fr");
    const Run soft = run_kiosk("volume-min", presses("vol-"), "fr");
    REQUIRE(loud.exit_code == 0);
    REQUIRE(soft.exit_code == 0);
    check_log_is_consistent(loud.log);
    check_log_is_consistent(soft.log);
    const double difference_db = 20 * std::log10(last_utterance_rms(soft) / last_utterance_rms(loud));
    // Both say "Volume maximum/minimum": the same words give nearly the same level at equal gain.
    CHECK(difference_db == Approx(-24).margin(3));
}

TEST_CASE("R-13 pause holds speech silent and resume carries on where it stopped, queued speech follows", "[speech][e2e][wav]")
{
    const Run run = run_kiosk("pause", "key down\nwait 500\nkey pause\nwait 1000\nkey pause\nwait 8000\n", "fr");
    REQUIRE(run.exit_code == 0);
    check_log_is_consistent(run.log);
    REQUIRE(run.log.size() >= 4);
    CHECK(run.log[1].at("event") == "pause");
    CHECK(run.log[1].at("t_ms") == 500);
    CHECK(run.log[2].at("event") == "resume");
    CHECK(run.log[2].at("t_ms") == 1500);
    CHECK(run.log[3].at("event") == "done");
    CHECK(run.log[3].at("text") == run.log[0].at("text"));

    INFO(run.wav_error);
    REQUIRE(run.wav);
    CHECK(run.wav->peak(500 + 100, 1500) == 0);
    CHECK(run.wav->rms(1500 + 100, 2500) > 0.005);
    // The first key queues the landing item after the announcement (Interrupt::No): it starts
    // when the announcement is done, not over it.
    if (run.log.size() > 4) {
        CHECK(run.log[4].at("event") == "start");
        CHECK(run.log[4].at("t_ms") == run.log[3].at("t_ms"));
    }
}

TEST_CASE("R-15 a French-only notice in Arabic mode is introduced by the Arabic voice, then read by the French one", "[speech][e2e][wav]")
{
    // The sous-sol building with an agents' notice written in French only.
    const std::string site = fresh_dir("fallback-site");
    std::filesystem::copy(sous_sol_site, site, std::filesystem::copy_options::recursive);
    std::ofstream(site + "/status.json") << R"({"format": 1, "services": {}, "notices": [{"id": "travaux", "level": "normal",
        "starts": "2026-11-26T08:00", "ends": "2026-11-26T18:00", "text": {"fr": "Travaux au rez-de-chaussée."}}]})";
    // Guidance on (the title), the prompt, then the notice.
    const Run run = run_kiosk("fallback", "key down\nwait 3000\nkey down\nwait 1500\nkey down\nwait 9000\n", "ar", site,
                              " --clock 2026-11-26T10:00");
    REQUIRE(run.exit_code == 0);
    check_log_is_consistent(run.log);
    std::vector<json> starts;
    for (const json& e : run.log)
        if (e.at("event") == "start" && e.at("t_ms").get<std::int64_t>() >= 4500)
            starts.push_back(e);
    REQUIRE(starts.size() >= 2);
    CHECK(starts[0].at("text") == "رسالة باللغة الفرنسية:");
    CHECK(starts[0].at("voice") == "ar");
    CHECK(starts[1].at("text") == "Information : Travaux au rez-de-chaussée.");
    CHECK(starts[1].at("lang") == "fr");
    CHECK(starts[1].at("voice") == "fr");
    // Both are heard: the French voice starts after the Arabic intro is done, and sounds.
    INFO(run.wav_error);
    REQUIRE(run.wav);
    const auto intro_at = starts[0].at("t_ms").get<std::int64_t>();
    const auto notice_at = starts[1].at("t_ms").get<std::int64_t>();
    CHECK(notice_at > intro_at + 500);
    CHECK(run.wav->rms(intro_at, intro_at + 400) > 0.005);
    CHECK(run.wav->rms(notice_at, notice_at + 400) > 0.005);
}
