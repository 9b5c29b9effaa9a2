#pragma once
// A real hub for tests: a temporary data folder, the example prefecture published, the server on a
// free port of 127.0.0.1 on its own thread, stopped and joined when the fixture goes away. Time is
// a value the test moves.

#include "auth.h"
#include "platform/crypto/crypto.h"
#include "hub.h"
#include "hub_context.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>

namespace phare::test {

inline std::string source_dir(const std::string& relative) { return std::string(PHARE_SOURCE_DIR) + "/" + relative; }

class TempDir {
public:
    TempDir()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "phare-hub-test-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

class RunningHub {
public:
    // `tune` changes the options before the hub opens (limits, trusted proxies).
    explicit RunningHub(std::string site = source_dir("config/sites/prefecture-44"), std::string data = {},
                        const std::function<void(hub::HubOptions&)>& tune = {})
        : m_data(data.empty() ? m_dir.path() + "/data" : std::move(data))
    {
        hub::HubOptions options{m_data, std::move(site), [this] { return now.load(); }};
        options.server.idle_timeout = std::chrono::seconds(2);
        options.server.header_timeout = std::chrono::seconds(2);
        options.server.body_timeout = std::chrono::seconds(2);
        options.server.write_timeout = std::chrono::seconds(2);
        if (tune)
            tune(options);
        auto opened = hub::Hub::open(options);
        if (!opened)
            throw std::runtime_error(describe(opened.error()));
        m_hub = std::move(*opened);
        auto bound = m_hub->bind("127.0.0.1", 0);
        if (!bound)
            throw std::runtime_error(describe(bound.error()));
        m_port = *bound;
        m_thread = std::thread([this] { m_hub->run(); });
        // run() is on another thread: wait until it serves.
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!m_hub->is_running() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ~RunningHub()
    {
        m_hub->stop();
        m_thread.join();
    }
    RunningHub(const RunningHub&) = delete;
    RunningHub& operator=(const RunningHub&) = delete;

    httplib::Client client() const
    {
        httplib::Client client("127.0.0.1", m_port);
        client.set_connection_timeout(5, 0);
        client.set_read_timeout(5, 0);
        return client;
    }
    hub::HubContext& context() { return m_hub->context(); }
    hub::Hub& hub() { return *m_hub; }
    int port() const { return m_port; }
    const std::string& data_dir() const { return m_data; }
    std::string add_kiosk(const std::string& id) { return hub::issue_kiosk_token(*context().storage, id, now.load()); }
    void add_user(const std::string& name, const std::string& password, hub::Role role = hub::Role::Agent)
    {
        context().storage->save_user({name, role, *crypto::hash_password(password)});
    }

    std::atomic<std::int64_t> now{1'790'000'000};  // 2026-09-21, a Monday

private:
    TempDir m_dir;
    std::string m_data;
    std::unique_ptr<hub::Hub> m_hub;
    int m_port = 0;
    std::thread m_thread;
};

inline httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

}  // namespace phare::test
