#include "core/content/site_parser.h"

#include "core/content/enum_field.h"
#include "core/content/hours.h"
#include "core/content/json_reader.h"
#include "core/content/language_code.h"
#include "core/content/plan_parser.h"
#include "core/content/routing_weights_parser.h"

#include <cctype>
#include <utility>

namespace phare::content {

namespace {

constexpr std::pair<std::string_view, NodeKind> node_kinds[] = {
    {"junction", NodeKind::Junction}, {"door", NodeKind::Door},         {"room", NodeKind::Room},
    {"counter", NodeKind::Counter},   {"lift", NodeKind::Lift},         {"stairs", NodeKind::Stairs},
    {"ramp", NodeKind::Ramp},         {"landmark", NodeKind::Landmark}, {"kiosk", NodeKind::Kiosk},
    {"entrance", NodeKind::Entrance}, {"toilet", NodeKind::Toilet},     {"waiting_area", NodeKind::WaitingArea},
};
constexpr std::pair<std::string_view, EdgeKind> edge_kinds[] = {
    {"corridor", EdgeKind::Corridor}, {"door", EdgeKind::Door}, {"stairs", EdgeKind::Stairs},
    {"lift", EdgeKind::Lift},         {"ramp", EdgeKind::Ramp}, {"escalator", EdgeKind::Escalator},
};
constexpr std::pair<std::string_view, Handrail> handrails[] = {
    {"left", Handrail::Left}, {"right", Handrail::Right}, {"both", Handrail::Both}, {"none", Handrail::None}};
constexpr std::pair<std::string_view, DoorType> door_types[] = {
    {"automatic", DoorType::Automatic}, {"push", DoorType::Push},           {"pull", DoorType::Pull},
    {"sliding", DoorType::Sliding},     {"revolving", DoorType::Revolving},
};
constexpr std::pair<std::string_view, TextDirection> directions[] = {
    {"ltr", TextDirection::LeftToRight}, {"rtl", TextDirection::RightToLeft}};

const Json* read_file(const SourceFiles& files, const std::string& name, JsonReader& reader)
{
    auto it = files.find(name);
    if (it == files.end()) {
        reader.error("", "file is missing");
        return nullptr;
    }
    return reader.parse_object(it->second);
}

Language parse_language(JsonReader& r, const Json& j, const std::string& at)
{
    Language language;
    language.code = r.string(j, "code", at, Presence::Required).value_or("");
    if (auto problem = language_code_problem(language.code); problem && !language.code.empty()) {
        // Reported here, once; an empty code tells the validator to say nothing more about it
        // (its texts, its strings file, its voice).
        r.error(pointer(at, "code"), *problem);
        language.code.clear();
    }
    language.name = r.string(j, "name", at, Presence::Required).value_or("");
    language.voice = r.string(j, "voice", at, Presence::Required).value_or("");
    language.direction = parse_enum(r, j, "direction", at, directions, Presence::Required).value_or(TextDirection::LeftToRight);
    for (auto& [code, code_at] : r.strings(j, "fallback", at, Presence::Optional, "a language code"))
        language.fallback.push_back(std::move(code));
    return language;
}

// "#RRGGBB", the way designers write colours.
std::optional<std::uint32_t> parse_rgb(std::string_view text)
{
    if (text.size() != 7 || text[0] != '#')
        return std::nullopt;
    std::uint32_t value = 0;
    for (char c : text.substr(1)) {
        const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                          : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                          : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                                      : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + static_cast<std::uint32_t>(digit);
    }
    return value;
}

void parse_brand(JsonReader& r, const Json& site_json, Brand& brand)
{
    const Json* object = r.object(site_json, "brand", "", Presence::Optional);
    if (!object)
        return;
    brand.republique_francaise = r.boolean(*object, "republique_francaise", "/brand", Presence::Optional).value_or(false);
    brand.logo = r.string(*object, "logo", "/brand", Presence::Optional).value_or("");
    if (auto color = r.string(*object, "primary_color", "/brand", Presence::Optional)) {
        brand.primary_rgb = parse_rgb(*color);
        if (!brand.primary_rgb)
            r.error("/brand/primary_color", "\"" + *color + "\" is not a colour like \"#000091\"");
    }
}

void parse_site_file(const SourceFiles& files, Site& site, SourceMap& where, Problems& problems)
{
    JsonReader r("site.json", problems);
    const Json* json = read_file(files, "site.json", r);
    if (!json)
        return;
    const Json& j = *json;
    if (auto format = r.integer(j, "format", "", Presence::Required); format && *format != 1)
        r.error("/format", "format " + std::to_string(*format) + " is not supported (this kiosk reads format 1)");
    site.id = r.id(j, "id", "").value_or("");
    site.name = r.localized(j, "name", "", Presence::Required);
    site.default_language = r.string(j, "default_language", "", Presence::Required).value_or("");
    site.reception_node = r.string(j, "reception_node", "", Presence::Required).value_or("");
    for (const auto& [language, at] : r.objects(j, "languages", "", Presence::Required, "a language")) {
        where.language_at.push_back(at);
        site.languages.push_back(parse_language(r, *language, at));
    }
    for (const auto& [object, at] : r.objects(j, "kiosks", "", Presence::Required, "a kiosk")) {
        const Json& k = *object;
        Kiosk kiosk;
        kiosk.id = r.id(k, "id", at).value_or("");
        kiosk.node = r.string(k, "node", at, Presence::Required).value_or("");
        auto heading = r.number(k, "heading_deg", at, Presence::Required);
        kiosk.heading_deg = heading.value_or(0);
        if (heading && (kiosk.heading_deg < 0 || kiosk.heading_deg >= 360))
            r.error(pointer(at, "heading_deg"), "must be from 0 up to (not including) 360 degrees");
        kiosk.name = r.localized(k, "name", at, Presence::Required);
        kiosk.facing = r.localized(k, "facing", at, Presence::Required);
        site.kiosks.push_back(std::move(kiosk));
        where.kiosk_at.push_back(at);
    }
    site.routing = parse_routing_weights(r, j);
    parse_brand(r, j, site.brand);
    if (const Json* font = r.object(j, "font", "", Presence::Optional)) {
        site.font.regular = r.string(*font, "regular", "/font", Presence::Required).value_or("");
        site.font.bold = r.string(*font, "bold", "/font", Presence::Optional).value_or("");
    }
}

WeekHours parse_hours(JsonReader& r, const Json& service, const std::string& at)
{
    WeekHours hours;
    const Json* object = r.object(service, "hours", at, Presence::Required);
    if (!object)
        return hours;
    const std::string here = pointer(at, "hours");
    // Another key than the seven days is reported by the reader as an unknown field.
    for (std::size_t day = 0; day < day_keys.size(); ++day) {
        for (const auto& [text, range_at] : r.strings(*object, day_keys[day], here, Presence::Required, "a time range like \"08:30-12:00\"")) {
            auto range = parse_time_range(text);
            if (!range) {
                r.error(range_at, range.error().message);
                continue;
            }
            if (!hours[day].empty() && range->start_minute < hours[day].back().end_minute)
                r.error(range_at, "overlaps or comes before the previous range of the day");
            hours[day].push_back(*range);
        }
    }
    return hours;
}

void parse_services_file(const SourceFiles& files, Site& site, SourceMap& where, Problems& problems)
{
    JsonReader r("services.json", problems);
    const Json* json = read_file(files, "services.json", r);
    if (!json)
        return;
    for (const auto& [object, at] : r.objects(*json, "services", "", Presence::Required, "a service")) {
        const Json& s = *object;
        Service service;
        service.id = r.id(s, "id", at).value_or("");
        service.name = r.localized(s, "name", at, Presence::Required);
        service.easy_name = r.localized(s, "easy_name", at, Presence::Required);
        service.description = r.localized(s, "description", at, Presence::Required);
        service.easy_description = r.localized(s, "easy_description", at, Presence::Required);
        service.hours = parse_hours(r, s, at);
        service.destination = r.string(s, "destination", at, Presence::Required).value_or("");
        service.queue_prefix = r.string(s, "queue_prefix", at, Presence::Optional).value_or("");
        service.pictogram = r.string(s, "pictogram", at, Presence::Required).value_or("");
        site.services.push_back(std::move(service));
        where.service_at.push_back(at);
    }
}

void parse_levels(JsonReader& r, const Json& j, Site& site, SourceMap& where)
{
    for (const auto& [object, at] : r.objects(j, "levels", "", Presence::Required, "a level")) {
        const Json& l = *object;
        Level level;
        level.id = r.string(l, "id", at, Presence::Required).value_or("");
        level.ordinal = r.integer(l, "ordinal", at, Presence::Required).value_or(0);
        level.name = r.localized(l, "name", at, Presence::Required);
        level.label = r.localized(l, "label", at, Presence::Optional);
        level.spoken = r.localized(l, "spoken", at, Presence::Optional);
        level.plan = parse_level_plan(r, l, at, where.unit_at.emplace_back(), where.opening_at.emplace_back());
        site.map.levels.push_back(std::move(level));
        where.level_at.push_back(at);
    }
}

void parse_nodes(JsonReader& r, const Json& j, Site& site, SourceMap& where)
{
    for (const auto& [object, at] : r.objects(j, "nodes", "", Presence::Required, "a node")) {
        const Json& n = *object;
        Node node;
        node.id = r.string(n, "id", at, Presence::Required).value_or("");
        node.level = r.string(n, "level", at, Presence::Required).value_or("");
        node.x = r.number(n, "x", at, Presence::Required).value_or(0);
        node.y = r.number(n, "y", at, Presence::Required).value_or(0);
        node.kind = parse_enum(r, n, "kind", at, node_kinds, Presence::Required).value_or(NodeKind::Junction);
        bool named = node.kind != NodeKind::Junction && node.kind != NodeKind::Door;
        node.name = r.localized(n, "name", at, named ? Presence::Required : Presence::Optional);
        site.map.nodes.push_back(std::move(node));
        where.node_at.push_back(at);
    }
}

void parse_edges(JsonReader& r, const Json& j, Site& site, SourceMap& where)
{
    for (const auto& [object, at] : r.objects(j, "edges", "", Presence::Required, "an edge")) {
        const Json& e = *object;
        Edge edge;
        edge.from = r.string(e, "from", at, Presence::Required).value_or("");
        edge.to = r.string(e, "to", at, Presence::Required).value_or("");
        edge.kind = parse_enum(r, e, "kind", at, edge_kinds, Presence::Required).value_or(EdgeKind::Corridor);
        // Ranges are checked only on values that parsed: a wrong type is one error, not two.
        auto length_m = r.number(e, "length_m", at, Presence::Required);
        edge.length_m = length_m.value_or(0);
        bool is_lift = edge.kind == EdgeKind::Lift;
        if (length_m && (edge.length_m < 0 || (edge.length_m == 0 && !is_lift) || edge.length_m > 10000))
            r.error(pointer(at, "length_m"), is_lift ? "must be 0 or more metres" : "must be more than 0 metres");
        auto steps = r.integer(e, "steps", at, edge.kind == EdgeKind::Stairs ? Presence::Required : Presence::Optional);
        edge.steps = steps.value_or(0);
        if (edge.kind == EdgeKind::Stairs && steps && edge.steps <= 0)
            r.error(pointer(at, "steps"), "a staircase has at least one step");
        edge.handrail = parse_enum(r, e, "handrail", at, handrails, Presence::Optional).value_or(Handrail::Unknown);
        edge.door = parse_enum(r, e, "door", at, door_types, Presence::Optional).value_or(DoorType::Unknown);
        edge.heavy = r.boolean(e, "heavy", at, Presence::Optional).value_or(false);
        edge.width_m = r.number(e, "width_m", at, Presence::Optional);
        if (edge.width_m && *edge.width_m <= 0)
            r.error(pointer(at, "width_m"), "must be more than 0 metres");
        edge.one_way = r.boolean(e, "one_way", at, Presence::Optional).value_or(false);
        site.map.edges.push_back(std::move(edge));
        where.edge_at.push_back(at);
    }
}

void parse_map_file(const SourceFiles& files, Site& site, SourceMap& where, Problems& problems)
{
    JsonReader r("map.json", problems);
    const Json* json = read_file(files, "map.json", r);
    if (!json)
        return;
    parse_levels(r, *json, site, where);
    parse_nodes(r, *json, site, where);
    parse_edges(r, *json, site, where);
}

void parse_string_files(const SourceFiles& files, Site& site, Problems& problems)
{
    for (const Language& language : site.languages) {
        if (language.code.empty())
            continue;
        const std::string name = "strings/" + language.code + ".json";
        JsonReader r(name, problems);
        const Json* json = read_file(files, name, r);
        if (!json)
            continue;
        StringTable& table = site.strings[language.code];
        // Keys are the kiosk's string keys, checked (with their own message) by the validator.
        for (const auto& [key, value] : json->items()) {
            if (!value.is_string() || value.get<std::string>().empty()) {
                r.error(pointer("", key), "expected a non-empty text, found " + describe_json_type(value));
                continue;
            }
            table.emplace(key, value.get<std::string>());
        }
    }
}

}  // namespace

Site parse_site(const SourceFiles& files, SourceMap& where, Problems& problems)
{
    Site site;
    parse_site_file(files, site, where, problems);
    parse_services_file(files, site, where, problems);
    parse_map_file(files, site, where, problems);
    parse_string_files(files, site, problems);
    return site;
}

}  // namespace phare::content
