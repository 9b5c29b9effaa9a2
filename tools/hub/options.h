#pragma once
// phare-hub's command line: serve, or one administration command.
//   phare-hub --data DIR --site DIR [--listen HOST:PORT] [--trusted-proxy NET]... [--max-connections N]
//             [--max-connections-per-address N]     (port 0: any free port)
//   phare-hub --data DIR kiosk add ID
//   phare-hub --data DIR kiosk provision ID --hub-url URL --out DIR [--site DIR]
//   phare-hub --data DIR user add NAME --role agent|admin     (password on standard input)
//   phare-hub --data DIR user unlock NAME                     (clears its log-in back-off)
//   phare-hub --data DIR queue-system add NAME                (a token for an existing queue system)

#include "core/error.h"

#include <cstddef>
#include <string>
#include <vector>

namespace phare::hub {

enum class Action { Serve, AddKiosk, ProvisionKiosk, AddUser, UnlockUser, AddQueueSystem };

struct Options {
    Action action = Action::Serve;
    std::string data_dir;
    std::string site_dir;
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string name;  // kiosk id or user name
    std::string role;  // agent | admin
    std::string hub_url;  // provision: where the kiosk reaches this hub
    std::string out_dir;  // provision: where kiosk.toml and kiosk.token are written
    std::vector<std::string> trusted_proxies;  // serve: whose X-Forwarded-For is believed
    std::size_t max_connections = 0;           // serve: 0 keeps the server's default
    std::size_t max_connections_per_address = 0;
    std::string public_url;  // serve: the address visitors' phones reach (tickets' status pages)
};

// An error's `where` is the option ("--listen") or the command words given.
Result<Options> parse_options(const std::vector<std::string>& args);
std::string usage();

}  // namespace phare::hub
