// kill -9 during sync: a probe process runs one sync cycle against the real hub and is SIGKILLed
// at a random moment (seeded: PHARE_FAULT_SEED; PHARE_SYNC_KILL_ITERATIONS, default 200). After
// each kill the store must open on a whole bundle, the old one or the new one, whose every blob
// verifies and whose site validates, with no temporary file left; and the next sync must complete.

#include "support/spawn.h"
#include "sync_support.h"

#include "publisher.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <random>


using namespace phare;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

unsigned long environment_number(const char* name, unsigned long fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::strtoul(value, nullptr, 10) : fallback;
}

class Probe {
public:
    Probe(const std::string& state, const std::string& hub_url, const std::string& key)
    {
        m_pid = test::spawn_process(PHARE_SYNC_PROBE, {state, hub_url, "prefecture-44", key});
    }
    // SIGKILL (if still running) and reap; true if the probe had finished on its own.
    bool kill_and_reap()
    {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        return WIFEXITED(status);
    }
    int wait()
    {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    pid_t m_pid = 0;
};

bool has_temporary_files(const std::string& folder)
{
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.path().filename().string().ends_with(".tmp"))
            return true;
    return false;
}

}  // namespace

TEST_CASE("kill -9 at any moment of a sync leaves the old bundle or the new one, whole", "[sync][fault][kill]")
{
    const unsigned long seed = environment_number("PHARE_FAULT_SEED", 20261126);
    const unsigned long iterations = environment_number("PHARE_SYNC_KILL_ITERATIONS", 200);
    INFO("seed " << seed << " (set PHARE_FAULT_SEED to replay)");
    std::mt19937_64 random(seed);

    test::RunningHub hub;
    test::TempDir state;
    const std::string url = "http://127.0.0.1:" + std::to_string(hub.port());
    const std::string key = hub.hub().public_key_hex();
    std::map<int, content::SourceFiles> published{{1, test::prefecture_files()}};

    // How long a whole sync and a one-blob sync take in a fresh process: kills are spread over
    // those spans (and a little past them, to catch the end too).
    auto started = Clock::now();
    REQUIRE(Probe(state.path(), url, key).wait() == 0);
    const auto full_sync = Clock::now() - started;
    auto first_change = test::with_service_text(published.at(1), "Mesure");
    REQUIRE(hub.context().publisher->publish_source(first_change, "agent").version == 2);
    published[2] = first_change;
    started = Clock::now();
    REQUIRE(Probe(state.path(), url, key).wait() == 0);
    const auto one_blob_sync = Clock::now() - started;
    fs::remove_all(state.path() + "/content");

    int shown = 0;  // the version the store holds before the iteration (0: empty)
    int killed_midway = 0, kept_old = 0, reached_new = 0;
    for (unsigned long i = 0; i < iterations; ++i) {
        const bool fresh = i % 20 == 0;
        if (fresh) {
            fs::remove_all(state.path() + "/content");  // a fresh kiosk: a full sync
            shown = 0;
        }
        auto files = test::with_service_text(published.at(1), "Texte de l'itération " + std::to_string(i), i % 10);
        if (i % 3 == 0)
            files["strings/en.json"] = published.at(1).at("strings/en.json") + std::string(i % 7 + 1, '\n');
        auto publication = hub.context().publisher->publish_source(files, "agent");
        REQUIRE(publication.kind == hub::PublishKind::Published);
        const int newest = publication.version;
        published[newest] = files;

        const auto span = std::chrono::duration_cast<std::chrono::microseconds>((fresh ? full_sync : one_blob_sync) * 13 / 10);
        std::uniform_int_distribution<long> delay(0, span.count());
        Probe probe(state.path(), url, key);
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        killed_midway += probe.kill_and_reap() ? 0 : 1;

        INFO("iteration " << i << ", before: version " << shown << ", newest: version " << newest);
        auto store = test::open_store(state.path());
        CHECK_FALSE(has_temporary_files(state.path() + "/content"));
        auto current = store->current();
        INFO((current ? "" : describe(current.error())));
        REQUIRE(current);
        auto loaded = app::load_current_bundle(*store, "prefecture-44");
        INFO((loaded ? "" : describe(loaded.error())));
        REQUIRE(loaded);
        if (!*current) {
            REQUIRE(shown == 0);
            CHECK_FALSE(*loaded);
        } else {
            const int version = (*current)->manifest.version;
            REQUIRE((version == shown || version == newest));
            CHECK((*current)->complete);
            REQUIRE(*loaded);
            REQUIRE((*loaded)->version == version);
            REQUIRE((*loaded)->files == published.at(version));
            (version == newest ? reached_new : kept_old) += 1;
        }

        net::CurlHttpClient http(test::quick_client());
        app::ContentSync sync(http, *store, {url, "prefecture-44", key});
        auto next = sync.poll_once();
        INFO(next.reason);
        REQUIRE((next.kind == app::SyncKind::Updated || next.kind == app::SyncKind::Unchanged));
        REQUIRE(next.version == newest);
        shown = newest;
    }
    // The kills must have landed on both sides of the switch, or the test proved little.
    CHECK(killed_midway > static_cast<int>(iterations) / 4);
    CHECK(kept_old > 0);
    CHECK(reached_new > 0);
    WARN("kill -9 during sync: " << iterations << " iterations, " << killed_midway << " killed before the end, "
                                 << kept_old << " found the old bundle (or none), " << reached_new << " the new one");
}
