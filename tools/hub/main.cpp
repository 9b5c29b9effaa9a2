// phare-hub: wiring only. Parse the command line, then either run one administration command or
// open the hub and serve until SIGINT / SIGTERM.

#include "auth.h"
#include "phare_version.h"
#include "platform/crypto/crypto.h"
#include "hub.h"
#include "options.h"
#include "storage.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <thread>

namespace {

using namespace phare::hub;

int add_kiosk(const Options& options)
{
    if (auto problem = check_user_name(options.name)) {
        std::fprintf(stderr, "phare-hub: kiosk id: %s\n", problem->c_str());
        return 2;
    }
    auto storage = open_data_storage(options.data_dir);
    if (!storage) {
        std::fprintf(stderr, "phare-hub: %s\n", describe(storage.error()).c_str());
        return 1;
    }
    std::string token = issue_kiosk_token(**storage, options.name, system_now());
    std::fprintf(stderr, "Token for kiosk \"%s\" (shown once; any previous token of this kiosk stops working):\n", options.name.c_str());
    std::printf("%s\n", token.c_str());
    return 0;
}

// What a maintainer carries to a new kiosk: its token (0600) and a configuration naming this hub
// and its public key (see config/kiosk.example.toml for every other key).
int provision_kiosk(const Options& options)
{
    std::ifstream key_file(options.data_dir + "/signing.key.pub");
    std::string public_key;
    key_file >> public_key;
    if (public_key.size() != 64) {
        std::fprintf(stderr, "phare-hub: %s/signing.key.pub is missing: start the hub once (it creates its key), then provision\n",
                     options.data_dir.c_str());
        return 1;
    }
    std::error_code ec;
    std::filesystem::create_directories(options.out_dir, ec);
    const std::string token_path = options.out_dir + "/kiosk.token";
    const std::string config_path = options.out_dir + "/kiosk.toml";
    std::string hub_url = options.hub_url;
    while (!hub_url.empty() && hub_url.back() == '/')
        hub_url.pop_back();
    if (auto problem = check_user_name(options.name)) {
        std::fprintf(stderr, "phare-hub: kiosk id: %s\n", problem->c_str());
        return 2;
    }
    auto storage = open_data_storage(options.data_dir);
    if (!storage) {
        std::fprintf(stderr, "phare-hub: %s\n", describe(storage.error()).c_str());
        return 1;
    }
    const std::string token = issue_kiosk_token(**storage, options.name, system_now());
    {
        const int fd = ::open(token_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const std::string line = token + "\n";
        const bool written = fd >= 0 && ::fchmod(fd, 0600) == 0 && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
        if (fd >= 0)
            ::close(fd);
        if (!written) {
            std::fprintf(stderr, "phare-hub: cannot write %s\n", token_path.c_str());
            return 1;
        }
    }
    std::ofstream config(config_path, std::ios::trunc);
    config << "# Written by `phare-hub kiosk provision`; every key is explained in config/kiosk.example.toml.\n"
           << "kiosk = \"" << options.name << "\"\n";
    if (!options.site_dir.empty())
        config << "site = \"" << options.site_dir << "\"\n";
    config << "state_dir = \"/var/lib/phare\"\n\n[hub]\nurl = \"" << hub_url << "\"\ntoken_file = \"kiosk.token\"\npublic_key = \""
           << public_key << "\"\n";
    if (!config.flush()) {
        std::fprintf(stderr, "phare-hub: cannot write %s\n", config_path.c_str());
        return 1;
    }
    std::fprintf(stderr, "Kiosk \"%s\": %s and %s written (any previous token of this kiosk stops working).\n", options.name.c_str(),
                 config_path.c_str(), token_path.c_str());
    return 0;
}

int add_user(const Options& options)
{
    std::string password;
    std::getline(std::cin, password);
    auto problem = check_user_name(options.name);
    if (!problem)
        problem = check_password(password);
    if (problem) {
        std::fprintf(stderr, "phare-hub: %s\n", problem->c_str());
        return 2;
    }
    auto storage = open_data_storage(options.data_dir);
    auto hash = phare::crypto::hash_password(password);
    if (!storage || !hash) {
        std::fprintf(stderr, "phare-hub: %s\n", storage ? "out of memory while hashing" : describe(storage.error()).c_str());
        return 1;
    }
    (*storage)->save_user({options.name, role_from(options.role).value_or(Role::Agent), *hash});
    std::fprintf(stderr, "User \"%s\" (%s) saved.\n", options.name.c_str(), options.role.c_str());
    return 0;
}

int unlock_user(const Options& options)
{
    auto storage = open_data_storage(options.data_dir);
    if (!storage) {
        std::fprintf(stderr, "phare-hub: %s\n", describe(storage.error()).c_str());
        return 1;
    }
    if (!(*storage)->find_user(options.name)) {
        std::fprintf(stderr, "phare-hub: no user \"%s\" (user add creates one)\n", options.name.c_str());
        return 1;
    }
    int cleared = AgentAuth(**storage, system_now).unlock(options.name);
    std::fprintf(stderr, "User \"%s\" unlocked: %d failure counter(s) cleared.\n", options.name.c_str(), cleared);
    return 0;
}

// A token for an existing queue system's calls to /api/v1/queue/... (docs/queue.md).
int add_queue_system(const Options& options)
{
    if (auto problem = check_user_name(options.name)) {
        std::fprintf(stderr, "phare-hub: queue system name: %s\n", problem->c_str());
        return 2;
    }
    auto storage = open_data_storage(options.data_dir);
    if (!storage) {
        std::fprintf(stderr, "phare-hub: %s\n", describe(storage.error()).c_str());
        return 1;
    }
    std::string token = issue_queue_system_token(**storage, options.name, system_now());
    std::fprintf(stderr, "Token for queue system \"%s\" (shown once; any previous token of it stops working):\n", options.name.c_str());
    std::printf("%s\n", token.c_str());
    return 0;
}

int serve(const Options& options)
{
    // Signals are taken by a waiting thread rather than a handler, so stopping the server happens
    // in ordinary code.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    HubOptions hub_options{options.data_dir, options.site_dir};
    hub_options.trusted_proxies = options.trusted_proxies;
    hub_options.public_url = options.public_url;
    if (options.max_connections)
        hub_options.server.max_connections = options.max_connections;
    if (options.max_connections_per_address)
        hub_options.server.max_connections_per_address = options.max_connections_per_address;
    auto hub = Hub::open(hub_options);
    if (!hub) {
        std::fprintf(stderr, "phare-hub: %s\n", describe(hub.error()).c_str());
        return 1;
    }
    if ((*hub)->key_was_created())
        std::fprintf(stderr, "phare-hub: created a new signing key; public key %s\n", (*hub)->public_key_hex().c_str());
    auto port = (*hub)->bind(options.host, options.port);
    if (!port) {
        std::fprintf(stderr, "phare-hub: %s\n", describe(port.error()).c_str());
        return 1;
    }
    std::fprintf(stderr, "phare-hub: serving on http://%s:%d/\n", options.host.c_str(), *port);
    std::thread waiter([&] {
        int signal = 0;
        sigwait(&signals, &signal);
        (*hub)->stop();
    });
    (*hub)->run();
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}

int run(const Options& options)
{
    switch (options.action) {
    case Action::AddKiosk: return add_kiosk(options);
    case Action::ProvisionKiosk: return provision_kiosk(options);
    case Action::AddUser: return add_user(options);
    case Action::UnlockUser: return unlock_user(options);
    case Action::AddQueueSystem: return add_queue_system(options);
    case Action::Serve: return serve(options);
    }
    return 2;
}

}  // namespace

// Exit codes as usage() documents them: 0 done, 1 the data folder, database, site or address could
// not be used, 2 a wrong option, name or password, 3 anything unexpected (a storage failure midway).
int main(int argc, char** argv)
{
    const std::string_view only = argc == 2 ? argv[1] : "";
    if (only == "--version") {
        std::printf("phare-hub %s\n", PHARE_VERSION);
        return 0;
    }
    if (only == "--help" || only == "-h") {
        std::printf("%s", usage().c_str());
        return 0;
    }
    auto options = parse_options(std::vector<std::string>(argv + 1, argv + argc));
    if (!options) {
        std::fprintf(stderr, "phare-hub: %s\n%s", describe(options.error()).c_str(), usage().c_str());
        return 2;
    }
    try {
        return run(*options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "phare-hub: unexpected error: %s\n", error.what());
        return 3;
    }
}
