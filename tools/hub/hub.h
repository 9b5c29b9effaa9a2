#pragma once
// The hub as an object: opens the data folder (SQLite, blobs, signing key), publishes the site
// folder it was given, and serves HTTP until stopped. main.cpp and the integration tests both use
// it, so tests exercise the real server on a real socket.

#include "clock.h"
#include "core/error.h"
#include "http_server.h"

#include <memory>
#include <string>
#include <vector>

namespace phare::hub {

struct HubContext;

// Requests allowed at once (burst), then per minute, for each key.
struct RateLimits {
    // Kiosks send a batch every few minutes; a burst of 30 covers a kiosk emptying a long outbox.
    double feedback_burst = 30;
    double feedback_per_minute = 60;
    // Per address: bounds token guessing and floods from one host; kiosks behind one NAT share an
    // address, hence the larger numbers.
    double feedback_ip_burst = 300;
    double feedback_ip_per_minute = 600;
    double login_ip_burst = 10;
    double login_ip_per_minute = 10;
};

struct HubOptions {
    std::string data_dir;
    std::string site_dir;  // published at start; empty: nothing is published (tools and tests)
    Clock clock = system_now;
    http::ServerLimits server;                 // deadlines, connection caps, handler threads
    std::vector<std::string> trusted_proxies;  // addresses or networks whose X-Forwarded-For is believed
    RateLimits limits;
    std::string public_url;  // where phones reach the hub, without a final "/"; empty: from each request's Host
};

// The data folder's layout.
std::string database_path(const std::string& data_dir);
std::string blobs_path(const std::string& data_dir);
std::string signing_key_path(const std::string& data_dir);

// Opens the storage alone (for `kiosk add`, `user add`), creating the data folder (0700). An
// error's `where` is the data folder.
Result<std::unique_ptr<class Storage>> open_data_storage(const std::string& data_dir);

class Hub {
public:
    // Everything that can fail at start fails here, with a sentence and what it is about:
    // unreadable data folder, a signing key others can read (the key file), a site that does not
    // validate (the site folder, every problem listed).
    static Result<std::unique_ptr<Hub>> open(const HubOptions& options);
    ~Hub();
    Hub(const Hub&) = delete;
    Hub& operator=(const Hub&) = delete;

    // Binds `host`; port 0 picks a free port. Returns the port.
    Result<int> bind(const std::string& host, int port);
    // Serves until stop(); call after bind().
    void run();
    // From any thread or a signal's waiting thread: graceful, within the server's stop grace.
    void stop();
    bool is_running() const;
    http::ServerStats stats() const;

    HubContext& context();
    std::string public_key_hex() const;
    bool key_was_created() const;

private:
    Hub(Clock clock, const RateLimits& limits);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace phare::hub
