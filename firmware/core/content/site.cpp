#include "core/content/site.h"

#include "core/content/string_keys.h"
#include "core/i18n/bidi.h"

#include <algorithm>

namespace phare::content {

namespace {

template<typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Node* BuildingMap::find_node(std::string_view wanted) const { return find_by_id(nodes, wanted); }
const Level* BuildingMap::find_level(std::string_view wanted) const { return find_by_id(levels, wanted); }
const Service* Site::find_service(std::string_view wanted) const { return find_by_id(services, wanted); }
const Kiosk* Site::find_kiosk(std::string_view wanted) const { return find_by_id(kiosks, wanted); }

const Language* Site::find_language(std::string_view code) const
{
    auto it = std::find_if(languages.begin(), languages.end(), [&](const Language& l) { return l.code == code; });
    return it == languages.end() ? nullptr : &*it;
}

std::vector<std::string> Site::fallback_chain(std::string_view code, DefaultLast default_last) const
{
    std::vector<std::string> chain{std::string(code)};
    auto add = [&](const std::string& c) {
        if (std::find(chain.begin(), chain.end(), c) == chain.end())
            chain.push_back(c);
    };
    if (const Language* language = find_language(code))
        for (const std::string& c : language->fallback)
            add(c);
    if (default_last == DefaultLast::Yes)
        add(default_language);
    return chain;
}

std::string_view Site::text(const LocalizedText& localized, std::string_view lang) const
{
    for (const std::string& code : fallback_chain(lang))
        if (auto it = localized.find(code); it != localized.end())
            return it->second;
    return {};
}

std::string_view Site::text_language(const LocalizedText& localized, std::string_view lang) const
{
    // The text's own key, which lives as long as the text: the chain is a temporary.
    for (const std::string& code : fallback_chain(lang))
        if (auto it = localized.find(code); it != localized.end())
            return it->first;
    return lang;
}

std::string_view Site::ui(std::string_view key, std::string_view lang) const
{
    for (const std::string& code : fallback_chain(lang)) {
        auto table = strings.find(code);
        if (table == strings.end())
            continue;
        if (auto it = table->second.find(key); it != table->second.end())
            return it->second;
    }
    if (auto french = builtin_french(key))
        return *french;
    return key;
}

bool is_step_free(EdgeKind kind) { return kind != EdgeKind::Stairs && kind != EdgeKind::Escalator; }

std::string_view to_string(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Junction: return "junction";
    case NodeKind::Door: return "door";
    case NodeKind::Room: return "room";
    case NodeKind::Counter: return "counter";
    case NodeKind::Lift: return "lift";
    case NodeKind::Stairs: return "stairs";
    case NodeKind::Ramp: return "ramp";
    case NodeKind::Landmark: return "landmark";
    case NodeKind::Kiosk: return "kiosk";
    case NodeKind::Entrance: return "entrance";
    case NodeKind::Toilet: return "toilet";
    case NodeKind::WaitingArea: return "waiting_area";
    }
    return "junction";
}

std::string_view to_string(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Corridor: return "corridor";
    case EdgeKind::Door: return "door";
    case EdgeKind::Stairs: return "stairs";
    case EdgeKind::Lift: return "lift";
    case EdgeKind::Ramp: return "ramp";
    case EdgeKind::Escalator: return "escalator";
    }
    return "corridor";
}

std::string Site::level_label(const Level& level, std::string_view lang) const
{
    if (level.label.empty())
        return i18n::level_number(level.ordinal);
    return "\u2068" + std::string(text(level.label, lang)) + "\u2069";  // first-strong isolate
}

std::string Site::level_spoken(const Level& level, std::string_view lang) const
{
    if (!level.spoken.empty())
        return std::string(text(level.spoken, lang));
    return level.label.empty() ? std::to_string(level.ordinal) : std::string(text(level.label, lang));
}

}  // namespace phare::content
