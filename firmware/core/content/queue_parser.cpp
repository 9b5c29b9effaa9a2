#include "core/content/queue_parser.h"

#include "core/content/json_reader.h"

#include <algorithm>
#include <map>
#include <set>

namespace phare::content {

namespace {

constexpr std::string_view file_name = "queue.json";
// A counter's name follows the rule of every visitor text: the default language has it, another
// language has it or reaches it through its fallback chain (docs/site-format.md).
void check_name(JsonReader& r, const Site& site, const LocalizedText& name, const std::string& at)
{
    if (name.empty())
        return;  // reported as missing by the reader
    for (const Language& language : site.languages) {
        if (language.code.empty() || name.contains(language.code))  // an invalid code is reported once, in site.json
            continue;
        std::string used;
        for (const std::string& code : site.fallback_chain(language.code, Site::DefaultLast::No))
            if (used.empty() && name.contains(code))
                used = code;
        if (used.empty() || language.code == site.default_language)
            r.error(pointer(at, language.code), "missing translation (no fallback has it)");
        else
            r.warning(pointer(at, language.code), "missing translation; \"" + used + "\" is shown instead");
    }
}

void parse_priority(JsonReader& r, const Json& json, QueueSetup& setup)
{
    const Json* priority = r.object(json, "priority", "", Presence::Optional);
    if (!priority)
        return;
    auto n = r.integer(*priority, "one_call_in", "/priority", Presence::Optional);
    if (!n)
        return;
    if (*n < 1 || *n > max_priority_one_call_in)
        r.error("/priority/one_call_in", "must be from 1 (priority always first) to " + std::to_string(max_priority_one_call_in));
    else
        setup.priority_one_call_in = *n;
}

std::vector<std::string> parse_counter_services(JsonReader& r, const Site& site, const Json& counter, const std::string& at)
{
    std::vector<std::string> services;
    const auto entries = r.strings(counter, "services", at, Presence::Required, "a service id");
    if (auto list = counter.find("services"); list != counter.end() && list->is_array() && list->empty())
        r.error(pointer(at, "services"), "a counter serves at least one service");
    for (const auto& [id, item_at] : entries) {
        const Service* service = site.find_service(id);
        if (!service)
            r.error(item_at, "unknown service \"" + id + "\"");
        else if (service->queue_prefix.empty())
            r.error(item_at, "service \"" + id + "\" has no queue_prefix in services.json, so it has no queue");
        else if (std::find(services.begin(), services.end(), id) != services.end())
            r.error(item_at, "service \"" + id + "\" is listed twice");
        else
            services.push_back(id);
    }
    return services;
}

void parse_counters(JsonReader& r, const Site& site, const Json& json, QueueSetup& setup)
{
    std::map<std::string, std::string> seen;  // id -> where first
    for (const auto& [object, at] : r.objects(json, "counters", "", Presence::Required, "a counter")) {
        const Json& c = *object;
        Counter counter;
        counter.id = r.id(c, "id", at).value_or("");
        if (!counter.id.empty())
            if (auto [it, inserted] = seen.emplace(counter.id, pointer(at, "id")); !inserted)
                r.error(pointer(at, "id"), "duplicate counter id \"" + counter.id + "\" (first at " + it->second + ")");
        counter.name = r.localized(c, "name", at, Presence::Required);
        check_name(r, site, counter.name, pointer(at, "name"));
        counter.node = r.string(c, "node", at, Presence::Required).value_or("");
        if (!counter.node.empty() && !site.map.find_node(counter.node))
            r.error(pointer(at, "node"), "unknown node \"" + counter.node + "\" (a node id of map.json)");
        counter.services = parse_counter_services(r, site, c, at);
        setup.counters.push_back(std::move(counter));
    }
}

void check_every_queue_served(JsonReader& r, const Site& site, const QueueSetup& setup)
{
    std::set<std::string, std::less<>> served;
    for (const Counter& counter : setup.counters)
        served.insert(counter.services.begin(), counter.services.end());
    for (const Service& service : site.services)
        if (!service.queue_prefix.empty() && !served.contains(service.id))
            r.error("/counters", "service \"" + service.id + "\" has a queue (queue_prefix \"" + service.queue_prefix +
                                     "\") but no counter serves it");
}

}  // namespace

const Counter* QueueSetup::find_counter(std::string_view id) const
{
    for (const Counter& counter : counters)
        if (counter.id == id)
            return &counter;
    return nullptr;
}

void parse_queue(const SourceFiles& files, Site& site, Problems& problems)
{
    auto it = files.find(file_name);
    if (it == files.end())
        return;  // no queue at this site
    JsonReader r(std::string(file_name), problems);
    auto json = r.parse_object(it->second);
    if (!json)
        return;
    QueueSetup setup;
    parse_priority(r, *json, setup);
    parse_counters(r, site, *json, setup);
    check_every_queue_served(r, site, setup);
    site.queue = std::move(setup);
}

}  // namespace phare::content
