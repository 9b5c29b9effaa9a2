#include "fleet_options.h"

#include <charconv>
#include <functional>
#include <map>
#include <type_traits>

namespace phare::fleet {

namespace {

Result<double> number(const std::string& flag, const std::string& text, double low, double high)
{
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high)
        return fail(flag, "\"" + text + "\" is not a number from " + std::to_string(low) + " to " + std::to_string(high));
    return value;
}

}  // namespace

std::string fleet_usage()
{
    return "usage: phare-fleet-sim [--kiosks N] [--duration S] [--slowloris N] [--json FILE]\n"
           "         [--poll S] [--heartbeat S] [--feedback S] [--ramp S] [--events N] [--sync-jitter S]\n"
           "         [--timeout S] [--max-wait S] [--sources N] [--slowloris-byte S] [--hub PATH] [--site DIR] [--data DIR]\n"
           "         [--port N]\n"
           "Starts phare-hub on 127.0.0.1, provisions N kiosks, and runs them as real kiosks for S seconds\n"
           "(docs/hub.md, \"Fleet simulator\").\n";
}

Result<FleetOptions> parse_fleet_options(const std::vector<std::string>& args)
{
    FleetOptions o;
    using Setter = std::function<Result<void>(const std::string& flag, const std::string& value)>;
    auto real = [](double& field, double low, double high) -> Setter {
        return [&field, low, high](const std::string& flag, const std::string& value) -> Result<void> {
            auto parsed = number(flag, value, low, high);
            if (!parsed)
                return tl::unexpected(parsed.error());
            field = *parsed;
            return {};
        };
    };
    auto whole = [](auto& field, double low, double high) -> Setter {
        return [&field, low, high](const std::string& flag, const std::string& value) -> Result<void> {
            auto parsed = number(flag, value, low, high);
            if (!parsed || *parsed != static_cast<double>(static_cast<long long>(*parsed)))
                return fail(flag, "\"" + value + "\" is not a whole number from " + std::to_string(static_cast<long long>(low)) + " to " +
                                      std::to_string(static_cast<long long>(high)));
            field = static_cast<std::remove_reference_t<decltype(field)>>(*parsed);
            return {};
        };
    };
    auto text = [](std::string& field) -> Setter {
        return [&field](const std::string&, const std::string& value) -> Result<void> {
            field = value;
            return {};
        };
    };
    // The open-file limit (20,000 here) bounds kiosks plus slow connections.
    const std::map<std::string, Setter> flags{
        {"--kiosks", whole(o.kiosks, 1, 19000)},       {"--duration", real(o.duration_s, 5, 3600)},
        {"--poll", real(o.poll_s, 1, 600)},            {"--heartbeat", real(o.heartbeat_s, 1, 3600)},
        {"--feedback", real(o.feedback_s, 1, 3600)},   {"--ramp", real(o.ramp_s, 0, 600)},
        {"--events", whole(o.events, 0, 20)},          {"--sync-jitter", real(o.sync_jitter_s, 0, 60)},
        {"--timeout", real(o.timeout_s, 1, 120)},      {"--max-wait", whole(o.max_wait_s, 1, 120)},
        {"--sources", whole(o.sources, 1, 19000)},     {"--slowloris", whole(o.slowloris, 0, 19000)}, {"--slowloris-byte", real(o.slowloris_byte_s, 0.1, 60)},
        {"--port", whole(o.port, 0, 65535)},           {"--hub", text(o.hub_binary)},
        {"--site", text(o.site_dir)},                  {"--data", text(o.data_dir)},
        {"--json", text(o.json_path)},
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            o.help = true;
            continue;
        }
        auto it = flags.find(args[i]);
        if (it == flags.end())
            return fail(args[i], "unknown option");
        if (i + 1 >= args.size())
            return fail(args[i], "needs a value");
        if (auto set = it->second(args[i], args[i + 1]); !set)
            return tl::unexpected(set.error());
        ++i;
    }
    if (o.kiosks + o.slowloris > 19000)
        return fail("--kiosks", "plus --slowloris must stay under 19,000 (the open-file limit is 20,000)");
    return o;
}

}  // namespace phare::fleet
