// kill -9 at random moments (seeded) while a real process stores ratings, then while another
// uploads them: every rating whose id was acknowledged (printed after Outbox::add returned true,
// when the kiosk thanks the visitor) reaches the hub exactly once, and the outbox file always
// opens and passes SQLite's integrity check.

#include "app/sync/feedback_uploader.h"
#include "upload_fixture.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <iostream>
#include <sstream>

extern char** environ;

using namespace phare;

namespace {

class Child {
public:
    explicit Child(const std::vector<std::string>& args)
    {
        int fds[2];
        REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        std::vector<char*> argv;
        for (const auto& arg : args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        const int spawned = ::posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        m_out = fds[0];
        REQUIRE(spawned == 0);
    }
    ~Child()
    {
        if (m_pid > 0)
            kill9();
        ::close(m_out);
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    void kill9()
    {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }
    // Waits for the child to end by itself.
    int wait()
    {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    // Reads until `line` appears (true) or the child's output ends or the timeout passes.
    bool wait_for_line(const std::string& line, int timeout_ms)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        while (m_text.find(line + "\n") == std::string::npos) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
            pollfd fd{m_out, POLLIN, 0};
            if (left <= 0 || ::poll(&fd, 1, static_cast<int>(left)) <= 0 || !read_some())
                return false;
        }
        return true;
    }
    // Reads until `count` complete lines have come (true) or the output ends or the timeout passes.
    bool wait_for_lines(std::size_t count, int timeout_ms)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        while (static_cast<std::size_t>(std::count(m_text.begin(), m_text.end(), '\n')) < count) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
            pollfd fd{m_out, POLLIN, 0};
            if (left <= 0 || ::poll(&fd, 1, static_cast<int>(left)) <= 0 || !read_some())
                return false;
        }
        return true;
    }
    // Complete lines once the child is gone (a line without its newline was never acknowledged).
    std::vector<std::string> lines()
    {
        while (read_some()) {
        }
        std::vector<std::string> result;
        std::istringstream in(m_text.substr(0, m_text.rfind('\n') == std::string::npos ? 0 : m_text.rfind('\n') + 1));
        for (std::string line; std::getline(in, line);)
            result.push_back(line);
        return result;
    }

private:
    bool read_some()
    {
        char buffer[4096];
        const ssize_t got = ::read(m_out, buffer, sizeof buffer);
        if (got <= 0)
            return false;
        m_text.append(buffer, static_cast<std::size_t>(got));
        return true;
    }

    pid_t m_pid = -1;
    int m_out = -1;
    std::string m_text;
};

// Opens like the kiosk does at start, then asks SQLite to check every page.
void check_outbox_opens(const std::string& path)
{
    auto outbox = store::Outbox::open(path, 1'000'000);
    INFO((outbox ? "" : describe(outbox.error())));
    REQUIRE(outbox);
    (*outbox)->stats();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const std::string verdict = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    REQUIRE(verdict == "ok");
}

void sleep_ms(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

}  // namespace

TEST_CASE("kill -9 while storing and while uploading: every acknowledged rating reaches the hub exactly once",
          "[upload][fault][kill]")
{
    const auto started = std::chrono::steady_clock::now();
    test::TempDir dir;
    const std::string outbox_path = dir.path() + "/outbox.db";
    const std::string helper = PHARE_OUTBOX_HELPER;
    std::mt19937 random(20261126);

    // 1. Storage: 300 runs. One in ten is killed as soon as its outbox is open (before or during
    //    its first rating); the others once a first rating is acknowledged, 0-25 ms later (most in
    //    the middle of an fsync'd transaction). Waiting for that line, not for a time, keeps the
    //    kills among the writes however loaded the machine is.
    std::set<std::string> acknowledged;
    int killed_runs = 0;
    for (int run = 0; run < 300; ++run) {
        Child child({helper, "store", outbox_path, std::to_string(run + 1)});
        REQUIRE(child.wait_for_line("ready", 10'000));
        if (run % 10 != 0) {
            REQUIRE(child.wait_for_lines(2, 10'000));  // "ready" and a first acknowledged rating
            sleep_ms(std::uniform_int_distribution<int>(0, 25)(random));
        }
        child.kill9();
        ++killed_runs;
        for (const auto& line : child.lines())
            if (line != "ready")
                acknowledged.insert(line);
        INFO("after run " << run);
        check_outbox_opens(outbox_path);
    }
    auto outbox = test::open_outbox(outbox_path);
    const std::vector<std::string> stored = test::pending_ids(*outbox);
    const std::set<std::string> stored_set = test::as_set(stored);
    std::cout << "kill during storage: " << killed_runs << " kills, " << acknowledged.size() << " acknowledged, " << stored.size()
              << " stored\n";
    CHECK(acknowledged.size() >= 270);  // every run but one in ten was killed after a rating was acknowledged
    CHECK(stored.size() == stored_set.size());
    for (const auto& id : acknowledged) {
        INFO("acknowledged " << id);
        REQUIRE(stored_set.count(id) == 1);  // thanked means stored
    }
    // Ratings stored but killed before their id was printed (at most one per run) are kept too.
    CHECK(stored.size() - acknowledged.size() <= static_cast<std::size_t>(killed_runs));

    // 2. Upload: runs killed at random moments, then runs frozen right after an answered POST
    //    (the hub has the batch, the outbox still has it) and killed there.
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    const std::string url = "http://127.0.0.1:" + std::to_string(hub.port());
    std::set<std::string> expected = stored_set;
    int stalled_kills = 0;
    for (int run = 0; run < 60; ++run) {
        hub.now += 120;  // the hub's rate limit refills between runs, as between real retries
        const bool stall = run >= 50;
        if (stall && outbox->stats().pending < 100) {
            // The random runs may have emptied the outbox: give the frozen runs something to send.
            std::mt19937_64 more(1'000'000u + static_cast<std::uint64_t>(run));  // not a seed the helper used
            for (const auto& id : test::add_ratings(*outbox, 100, more))
                expected.insert(id);
        }
        std::vector<std::string> args = {helper, "upload", outbox_path, url, "hall", token, "50"};
        if (stall)
            args.push_back("stall-after-post");
        Child child(args);
        if (stall) {
            if (child.wait_for_line("posted", 10'000))
                ++stalled_kills;
        } else {
            sleep_ms(std::uniform_int_distribution<int>(0, 40)(random));
        }
        child.kill9();
        INFO("upload run " << run);
        check_outbox_opens(outbox_path);
    }
    CHECK(stalled_kills == 10);
    hub.now += 120;
    net::CurlHttpClient curl(test::loopback_options());
    app::FeedbackUploader uploader(curl, *outbox, {url, "hall", token, 500});
    std::int64_t duplicates = 0;
    std::string last_error;
    for (int attempt = 0; attempt < 20 && outbox->stats().pending > 0; ++attempt, hub.now += 120) {
        auto outcome = uploader.upload_once();
        duplicates += outcome.duplicate;
        last_error = outcome.error;
    }
    INFO(last_error);
    CHECK(outbox->stats().pending == 0);
    CHECK(duplicates >= 50);  // the last frozen run's batch came back as duplicates

    auto on_hub = test::hub_ratings(hub.data_dir());
    CHECK(on_hub.rows == static_cast<std::int64_t>(expected.size()));  // no rating counted twice
    CHECK(on_hub.distinct() == expected);
    for (const auto& id : acknowledged)
        REQUIRE(on_hub.ids.count(id) == 1);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "kill test: " << seconds << " s\n";
    CHECK(seconds < 60);
}
