#include "app/kiosk_config.h"

#include "app/option_limits.h"

#include <toml++/toml.h>

#include <filesystem>
#include <functional>
#include <map>
#include <sstream>

namespace phare::app {

namespace {

// Thrown inside this file only: one sentence with the place it applies to.
struct ConfigError {
    std::string message;
    toml::source_region where;
};

std::string place(const std::string& path, const toml::source_region& where)
{
    std::ostringstream out;
    out << path;
    if (where.begin.line > 0)
        out << ':' << where.begin.line << ':' << where.begin.column;
    return out.str();
}

class Reader {
public:
    Reader(const std::string& path, Options& options)
        : m_folder(std::filesystem::path(path).parent_path()), m_options(options)
    {
    }

    void read(const toml::table& root)
    {
        using Fields = std::map<std::string, std::function<void(const toml::node&)>, std::less<>>;
        const Fields top{
            {"kiosk", [&](const toml::node& n) { m_options.kiosk_id = word(n, "kiosk"); }},
            {"site", [&](const toml::node& n) { m_options.site_dir = file(n, "site"); }},
            {"state_dir", [&](const toml::node& n) { m_options.state_dir = file(n, "state_dir"); }},
            {"role", [&](const toml::node& n) { m_options.role = role(n); }},
        };
        const Fields printer{
            {"device", [&](const toml::node& n) { m_options.printer_device = file(n, "printer.device"); }},
        };
        const Fields hub{
            {"url", [&](const toml::node& n) { m_options.hub_url = url(n, "hub.url"); }},
            {"token_file", [&](const toml::node& n) { m_options.token_file = file(n, "hub.token_file"); }},
            {"public_key", [&](const toml::node& n) { m_options.hub_public_key = public_key(n); }},
            {"ca_file", [&](const toml::node& n) { m_options.ca_file = file(n, "hub.ca_file"); }},
            {"public_url", [&](const toml::node& n) { m_options.public_url = url(n, "hub.public_url"); }},
            {"poll_interval_s", [&](const toml::node& n) { m_options.poll_interval_s = number(n, "hub.poll_interval_s", limits::poll_interval_s); }},
            {"heartbeat_interval_s",
             [&](const toml::node& n) { m_options.heartbeat_interval_s = number(n, "hub.heartbeat_interval_s", limits::heartbeat_interval_s); }},
            {"live_channel", [&](const toml::node& n) { m_options.live_channel = boolean(n, "hub.live_channel"); }},
        };
        const Fields display{
            {"width", [&](const toml::node& n) { m_options.width = number(n, "display.width", limits::screen_px); }},
            {"height", [&](const toml::node& n) { m_options.height = number(n, "display.height", limits::screen_px); }},
            {"px_per_mm", [&](const toml::node& n) { m_options.px_per_mm = decimal(n, "display.px_per_mm", limits::px_per_mm_low, limits::px_per_mm_high); }},
            {"lang", [&](const toml::node& n) { m_options.lang = word(n, "display.lang"); }},
            {"modes", [&](const toml::node& n) { m_options.modes = modes(n); }},
        };
        const Fields session{
            {"inactivity_ms", [&](const toml::node& n) { m_options.session.inactivity_ms = number(n, "session.inactivity_ms", limits::inactivity_ms); }},
            {"double_strike_ms",
             [&](const toml::node& n) { m_options.session.double_strike_ms = number(n, "session.double_strike_ms", limits::double_strike_ms); }},
        };
        const Fields feedback{
            {"outbox_capacity", [&](const toml::node& n) { m_options.outbox_capacity = number(n, "feedback.outbox_capacity", limits::outbox_capacity); }},
        };
        const std::map<std::string, const Fields*, std::less<>> tables{
            {"hub", &hub}, {"display", &display}, {"session", &session}, {"feedback", &feedback}, {"printer", &printer}};

        for (const auto& [key, node] : root) {
            const std::string name(key.str());
            if (auto table = tables.find(name); table != tables.end()) {
                const toml::table* fields = node.as_table();
                if (!fields)
                    throw ConfigError{"[" + name + "] must be a table", node.source()};
                for (const auto& [inner_key, inner] : *fields)
                    apply(*table->second, name + ".", std::string(inner_key.str()), inner);
            } else {
                apply(top, "", name, node);
            }
        }
    }

private:
    static void apply(const std::map<std::string, std::function<void(const toml::node&)>, std::less<>>& fields, const std::string& prefix,
                      const std::string& key, const toml::node& node)
    {
        auto field = fields.find(key);
        if (field == fields.end()) {
            std::string known;
            for (const auto& [name, ignored] : fields)
                known += (known.empty() ? "" : ", ") + prefix + name;
            throw ConfigError{"unknown key \"" + prefix + key + "\" (known here: " + known + ")", node.source()};
        }
        field->second(node);
    }

    static std::string text(const toml::node& node, const std::string& key)
    {
        const auto* value = node.as_string();
        if (!value)
            throw ConfigError{key + " must be a string in quotes", node.source()};
        return value->get();
    }

    static std::string role(const toml::node& node)
    {
        std::string value = text(node, "role");
        if (value != "kiosk" && value != "board")
            throw ConfigError{"role must be \"kiosk\" (visitors use it) or \"board\" (a hall display of the queue)", node.source()};
        return value;
    }

    static std::string word(const toml::node& node, const std::string& key)
    {
        std::string value = text(node, key);
        if (value.empty() || value.size() > 64 || value.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos)
            throw ConfigError{key + " must be a short id of lowercase letters, digits, - and _", node.source()};
        return value;
    }

    std::string file(const toml::node& node, const std::string& key) const
    {
        std::string value = text(node, key);
        if (value.empty())
            return value;
        std::filesystem::path path(value);
        return path.is_absolute() ? value : (m_folder / path).lexically_normal().string();
    }

    static std::string url(const toml::node& node, const std::string& key)
    {
        std::string value = text(node, key);
        if (!value.empty() && value.rfind("https://", 0) != 0 && value.rfind("http://", 0) != 0)
            throw ConfigError{key + " must start with https:// (or http:// on a trusted network)", node.source()};
        while (!value.empty() && value.back() == '/')
            value.pop_back();
        return value;
    }

    static std::string public_key(const toml::node& node)
    {
        std::string value = text(node, "hub.public_key");
        if (value.size() != 64 || value.find_first_not_of("0123456789abcdef") != std::string::npos)
            throw ConfigError{"hub.public_key must be the hub's public key: 64 lowercase hex digits (phare keys show)", node.source()};
        return value;
    }

    static int number(const toml::node& node, const std::string& key, limits::Range range)
    {
        const auto* value = node.as_integer();
        if (!value || value->get() < range.low || value->get() > range.high)
            throw ConfigError{key + " must be a whole number from " + std::to_string(range.low) + " to " + std::to_string(range.high),
                              node.source()};
        return static_cast<int>(value->get());
    }

    static bool boolean(const toml::node& node, const std::string& key)
    {
        const auto* value = node.as_boolean();
        if (!value)
            throw ConfigError{key + " must be true or false (without quotes)", node.source()};
        return value->get();
    }

    static double decimal(const toml::node& node, const std::string& key, double low, double high)
    {
        std::optional<double> value = node.value<double>();  // accepts 4 as well as 4.03
        if (!value || *value < low || *value > high) {
            std::ostringstream range;
            range << key << " must be a number from " << low << " to " << high;
            throw ConfigError{range.str(), node.source()};
        }
        return *value;
    }

    static ui::Modes modes(const toml::node& node)
    {
        auto parsed = parse_modes(text(node, "display.modes"));
        if (!parsed)
            throw ConfigError{"display.modes: " + parsed.error().message, node.source()};
        return *parsed;
    }

    std::filesystem::path m_folder;
    Options& m_options;
};

// What the file says, checked and applied; an error names the place.
Result<void> apply_config(const toml::table& root, const std::string& path, Options& options)
{
    try {
        Reader(path, options).read(root);
    } catch (const ConfigError& e) {
        return fail(place(path, e.where), e.message);
    }
    if (!options.hub_url.empty() && options.hub_public_key.empty())
        return fail(path, "[hub] url is set but hub.public_key is not: the kiosk could not verify what the hub sends");
    if (!options.hub_url.empty() && options.token_file.empty())
        return fail(path, "[hub] url is set but hub.token_file is not: the kiosk could not send ratings");
    return {};
}

}  // namespace

Result<void> apply_config_file(const std::string& path, Options& options)
{
    try {
        return apply_config(toml::parse_file(path), path, options);
    } catch (const toml::parse_error& e) {
        // With an error code: exists() would otherwise throw (a folder the kiosk may not search),
        // and parse_options runs before main's handler.
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            return fail(path, "cannot read the configuration file (" + (ec ? ec.message() : std::string("no such file")) + ")");
        return fail(place(path, e.source()), std::string(e.description()));
    }
}

Result<void> apply_config_text(std::string_view text, const std::string& path, Options& options)
{
    try {
        return apply_config(toml::parse(text, path), path, options);
    } catch (const toml::parse_error& e) {
        return fail(place(path, e.source()), std::string(e.description()));
    }
}

}  // namespace phare::app
