#pragma once
// The site model: what a prefecture's building and services are, as loaded and validated from
// its source files. Plain data plus lookups; it does not parse (site_parser.h) nor route
// (wayfinding/).

#include "core/content/localized_text.h"
#include "core/content/plan_geometry.h"
#include "core/content/queue_setup.h"
#include "core/content/routing_weights.h"
#include "core/content/site_status_model.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

enum class TextDirection { LeftToRight, RightToLeft };

struct Language {
    std::string code;   // "fr", "ar"
    std::string name;   // its own name in itself: "العربية"
    std::string voice;  // eSpeak NG voice
    TextDirection direction = TextDirection::LeftToRight;
    std::vector<std::string> fallback;
};

struct Kiosk {
    std::string id;
    std::string node;
    double heading_deg = 0;  // the way a visitor reading the screen faces, clockwise from +y
    LocalizedText name;
    LocalizedText facing;
};

struct TimeRange {
    int start_minute = 0;  // minutes after midnight
    int end_minute = 0;
};

// Monday first, as French week calendars are.
using WeekHours = std::array<std::vector<TimeRange>, 7>;
inline constexpr std::array<std::string_view, 7> day_keys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

struct Service {
    std::string id;
    LocalizedText name;
    LocalizedText easy_name;
    LocalizedText description;
    LocalizedText easy_description;
    WeekHours hours;
    std::string destination;
    std::string queue_prefix;  // empty when the service has no queue
    std::string pictogram;     // path inside the site folder
};

// A level's ordinal only orders levels (0 = street level, negative below ground, one apart from
// the next); what visitors read and hear is its label, as on the lift buttons ("RC", "-1", "1.5"),
// and its spoken label where the voice should say something else ("rez-de-chaussée").
struct Level {
    std::string id;
    int ordinal = 0;
    LocalizedText name;
    LocalizedText label;   // empty: the ordinal as a number
    LocalizedText spoken;  // empty: the label, spoken by speech preparation ("-1" -> "moins un")
    LevelPlan plan;        // rooms, walls and doors as drawn; empty: the plan is the graph alone
};

enum class NodeKind { Junction, Door, Room, Counter, Lift, Stairs, Ramp, Landmark, Kiosk, Entrance, Toilet, WaitingArea };
enum class EdgeKind { Corridor, Door, Stairs, Lift, Ramp, Escalator };
enum class Handrail { Unknown, Left, Right, Both, None };
enum class DoorType { Unknown, Automatic, Push, Pull, Sliding, Revolving };

struct Node {
    std::string id;
    std::string level;
    double x = 0;
    double y = 0;
    NodeKind kind = NodeKind::Junction;
    LocalizedText name;
};

struct Edge {
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::Corridor;
    double length_m = 0;
    int steps = 0;
    Handrail handrail = Handrail::Unknown;
    DoorType door = DoorType::Unknown;
    bool heavy = false;
    std::optional<double> width_m;
    bool one_way = false;
};

struct BuildingMap {
    std::vector<Level> levels;
    std::vector<Node> nodes;
    std::vector<Edge> edges;

    const Node* find_node(std::string_view id) const;
    const Level* find_level(std::string_view id) const;
};

using StringTable = std::map<std::string, std::string, std::less<>>;

// Who the kiosk speaks for, on its header. A State service (a prefecture) shows the République
// française block; another administration its own logo and colour. Optional: a site without it
// gets the neutral header (its name only) and the standard blue.
struct Brand {
    bool republique_francaise = false;
    std::string logo;                           // PNG inside the site folder, empty for none
    std::optional<std::uint32_t> primary_rgb;   // 0xRRGGBB, replaces blue France in the standard palette
};

// A site's own text face (site.json "font"): paths in the site folder; empty when the kiosk's
// bundled fonts are used (assets/README.md).
struct SiteFontFiles {
    std::string regular;
    std::string bold;  // optional: the regular face is drawn for bold text without it
};

struct Site {
    std::string id;
    LocalizedText name;
    Brand brand;
    std::string default_language;
    std::vector<Language> languages;
    std::string reception_node;
    std::vector<Kiosk> kiosks;
    std::vector<Service> services;
    BuildingMap map;
    RoutingWeights routing;  // defaults unless site.json tunes them
    std::map<std::string, StringTable, std::less<>> strings;  // language -> key -> text
    SiteStatus status;  // the agents' changes (status.json), filled by whoever loads a bundle
    QueueSetup queue;   // queue.json; empty when the site has no queue
    SiteFontFiles font;

    const Language* find_language(std::string_view code) const;
    const Service* find_service(std::string_view id) const;
    const Kiosk* find_kiosk(std::string_view id) const;

    // The languages to try for `code`, in order: itself, then its declared fallbacks. At run time
    // the default language comes last as a safety net; validation does not count on it, so a
    // valid site never needs it.
    enum class DefaultLast { Yes, No };
    std::vector<std::string> fallback_chain(std::string_view code, DefaultLast default_last = DefaultLast::Yes) const;

    // Text in `lang`, following the fallback chain; empty only if no language has it.
    std::string_view text(const LocalizedText& text, std::string_view lang) const;
    // The language `text(localized, lang)` is really in: `lang`, or the fallback that had it.
    std::string_view text_language(const LocalizedText& localized, std::string_view lang) const;
    // An interface string from strings/<lang>.json, following the fallback chain; the key itself
    // if nothing has it (validation makes that impossible for the keys the kiosk uses).
    std::string_view ui(std::string_view key, std::string_view lang) const;

    // A level as the lift button shows it, in `lang`; isolated so that "-1" or "RC" keeps its order
    // inside an Arabic or Hebrew sentence.
    std::string level_label(const Level& level, std::string_view lang) const;
    // What a voice should say for it: the spoken label, else the label itself.
    std::string level_spoken(const Level& level, std::string_view lang) const;
};

bool is_step_free(EdgeKind kind);
std::string_view to_string(NodeKind kind);
std::string_view to_string(EdgeKind kind);

}  // namespace phare::content
