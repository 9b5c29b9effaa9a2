#include "options.h"

#include <charconv>

namespace phare::hub {

namespace {

Result<void> parse_listen(const std::string& text, Options& options)
{
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return fail("--listen", "\"" + text + "\" is not HOST:PORT, e.g. 127.0.0.1:8080");
    int port = 0;
    auto [end, error] = std::from_chars(text.data() + colon + 1, text.data() + text.size(), port);
    if (error != std::errc() || end != text.data() + text.size() || port < 0 || port > 65535)
        return fail("--listen", "\"" + text.substr(colon + 1) + "\" is not a port (0-65535; 0 picks a free one)");
    options.host = text.substr(0, colon);
    options.port = port;
    return {};
}

Result<std::size_t> parse_count(const std::string& option, const std::string& text)
{
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0)
        return fail(option, "\"" + text + "\" is not a positive whole number");
    return value;
}

Result<void> parse_command(const std::vector<std::string>& words, Options& options)
{
    if (words.size() == 3 && words[0] == "kiosk" && words[1] == "add") {
        options.action = Action::AddKiosk;
        options.name = words[2];
        return {};
    }
    if (words.size() == 3 && words[0] == "kiosk" && words[1] == "provision") {
        if (options.hub_url.rfind("https://", 0) != 0 && options.hub_url.rfind("http://", 0) != 0)
            return fail("--hub-url", "kiosk provision needs https://... here (where the kiosk reaches this hub)");
        if (options.out_dir.empty())
            return fail("--out", "kiosk provision needs a folder here (where kiosk.toml and kiosk.token go)");
        options.action = Action::ProvisionKiosk;
        options.name = words[2];
        return {};
    }
    if (words.size() == 5 && words[0] == "user" && words[1] == "add" && words[3] == "--role") {
        if (words[4] != "agent" && words[4] != "admin")
            return fail("--role", "\"" + words[4] + "\" is neither agent nor admin");
        options.action = Action::AddUser;
        options.name = words[2];
        options.role = words[4];
        return {};
    }
    if (words.size() == 3 && words[0] == "user" && words[1] == "unlock") {
        options.action = Action::UnlockUser;
        options.name = words[2];
        return {};
    }
    if (words.size() == 3 && words[0] == "queue-system" && words[1] == "add") {
        options.action = Action::AddQueueSystem;
        options.name = words[2];
        return {};
    }
    std::string command;
    for (const std::string& word : words)
        command += (command.empty() ? "" : " ") + word;
    return fail(command, "unknown command (see the usage below)");
}

}  // namespace

std::string usage()
{
    return "usage: phare-hub --data DIR --site DIR [--listen HOST:PORT] [--trusted-proxy ADDRESS[/BITS]]...\n"
           "                 [--max-connections N] [--max-connections-per-address N] [--public-url URL]\n"
           "                 --public-url: where phones reach this hub (https://...), for tickets' status pages\n"
           "                 --trusted-proxy: a TLS proxy in front of the hub whose X-Forwarded-For is believed\n"
           "       phare-hub --data DIR kiosk add ID\n"
           "       phare-hub --data DIR kiosk provision ID --hub-url URL --out DIR [--site DIR]\n"
           "                 a new token plus a kiosk.toml with this hub's public key (--site: the kiosk's site folder)\n"
           "       phare-hub --data DIR user add NAME --role agent|admin   (password on standard input)\n"
           "       phare-hub --data DIR user unlock NAME   (clears the account's log-in back-off from every address)\n"
           "       phare-hub --data DIR queue-system add NAME   (prints a token for an existing queue system's API calls)\n"
           "       phare-hub --version | --help\n"
           "exit codes: 0 done, 1 the data folder, database, site or address cannot be used,\n"
           "  2 a wrong option, name or password, 3 an unexpected error (printed)\n";
}

Result<Options> parse_options(const std::vector<std::string>& args)
{
    Options options;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        bool has_value = i + 1 < args.size();
        const bool takes_value = arg == "--data" || arg == "--site" || arg == "--listen" || arg == "--hub-url" || arg == "--out" ||
                                 arg == "--trusted-proxy" || arg == "--max-connections" || arg == "--max-connections-per-address" ||
                                 arg == "--public-url";
        if (takes_value && !has_value)
            return fail(arg, "needs a value");
        if (arg == "--data")
            options.data_dir = args[++i];
        else if (arg == "--site")
            options.site_dir = args[++i];
        else if (arg == "--hub-url")
            options.hub_url = args[++i];
        else if (arg == "--public-url") {
            options.public_url = args[++i];
            if (!options.public_url.starts_with("https://") && !options.public_url.starts_with("http://"))
                return fail(arg, "\"" + options.public_url + "\" is not an http:// or https:// address");
            while (options.public_url.ends_with("/"))
                options.public_url.pop_back();
        } else if (arg == "--out")
            options.out_dir = args[++i];
        else if (arg == "--trusted-proxy")
            options.trusted_proxies.push_back(args[++i]);
        else if (arg == "--max-connections" || arg == "--max-connections-per-address") {
            auto count = parse_count(arg, args[++i]);
            if (!count)
                return tl::unexpected(count.error());
            (arg == "--max-connections" ? options.max_connections : options.max_connections_per_address) = *count;
        } else if (arg == "--listen") {
            if (auto listen = parse_listen(args[++i], options); !listen)
                return tl::unexpected(listen.error());
        } else
            words.push_back(arg);
    }
    if (options.data_dir.empty())
        return fail("--data", "missing: the hub's data folder is required");
    if (!words.empty())
        if (auto command = parse_command(words, options); !command)
            return tl::unexpected(command.error());
    // The hub serves the site it was given; it does not guess one from its database.
    if (options.action == Action::Serve && options.site_dir.empty())
        return fail("--site", "missing: the site folder to serve is required");
    return options;
}

}  // namespace phare::hub
