#include "core/wayfinding/directions.h"

#include "core/i18n/template.h"

#include <cmath>

namespace phare::wayfinding {

namespace {

using content::EdgeKind;

// Wayfindr: give a count of steps only for short flights; beyond this, "a long flight".
constexpr int max_counted_steps = 12;

// Directions are phrased twice: for the screen with each level's label ("RC", "-1"), and for the
// voice with its spoken label ("rez-de-chaussée"), so what is heard says what is shown.
enum class For { Screen, Voice };

class Phrasing {
public:
    Phrasing(const content::Site& site, std::string_view lang, Wording wording, For target = For::Screen)
        : m_site(site), m_lang(lang), m_wording(wording), m_for(target)
    {
    }

    std::string say(std::string_view key, const i18n::TemplateArgs& args = {}) const
    {
        return i18n::fill(m_site.ui(key, m_lang), args, m_lang);
    }
    std::string name(const std::string& node_id) const
    {
        const content::Node* node = m_site.map.find_node(node_id);
        return node ? std::string(m_site.text(node->name, m_lang)) : std::string();
    }
    std::string level_name(const std::string& level_id) const
    {
        const content::Level* level = m_site.map.find_level(level_id);
        return level ? std::string(m_site.text(level->name, m_lang)) : std::string();
    }
    std::string level_number(const std::string& level_id) const
    {
        const content::Level* level = m_site.map.find_level(level_id);
        if (!level)
            return {};
        return m_for == For::Voice ? m_site.level_spoken(*level, m_lang) : m_site.level_label(*level, m_lang);
    }
    std::string distance(double metres) const { return distance_text(m_site, metres, m_lang); }
    bool easy() const { return m_wording == Wording::EasyRead; }

    // `previous` is the step before, if any: a place it just named is not named again.
    std::string step(const RouteStep& step, const RouteStep* previous) const;

private:
    std::string walk(const RouteStep& step) const;
    std::string turn(Turn turn) const;
    std::string door(const RouteStep& step) const;
    std::string stairs(const RouteStep& step, bool just_named) const;
    std::string level_change(const RouteStep& step, std::string_view key, std::string_view generic_name, bool just_named) const;

    const content::Site& m_site;
    std::string_view m_lang;
    Wording m_wording;
    For m_for;
};

std::string_view turn_suffix(Turn turn)
{
    switch (turn) {
    case Turn::Ahead: return "ahead";
    case Turn::Left: return "left";
    case Turn::Right: return "right";
    case Turn::Around: return "back";
    case Turn::ScreenBehind: return "screen_back";
    }
    return "ahead";
}

std::string join(std::string a, const std::string& b)
{
    if (a.empty())
        return b;
    if (b.empty())
        return a;
    return a + " " + b;
}

std::string Phrasing::turn(Turn how) const
{
    switch (how) {
    case Turn::Left: return say("dir.turn_left");
    case Turn::Right: return say("dir.turn_right");
    case Turn::Around: return say("dir.turn_back");
    case Turn::ScreenBehind: return say("dir.turn_screen_back");
    case Turn::Ahead: return {};
    }
    return {};
}

std::string Phrasing::walk(const RouteStep& step) const
{
    std::string place = step.landmark.empty() ? std::string() : name(step.landmark);
    if (easy()) {
        std::string action = place.empty() ? say("dir.easy.walk_plain", {{"distance", distance(step.distance_m)}})
                                           : say("dir.easy.walk", {{"place", place}});
        return join(turn(step.turn), action);
    }
    std::string key = "dir.walk_" + std::string(turn_suffix(step.turn)) + (place.empty() ? "_plain" : "");
    return say(key, {{"distance", distance(step.distance_m)}, {"place", place}});
}

std::string Phrasing::door(const RouteStep& step) const
{
    std::string_view key = "dir.door";
    switch (step.door) {
    case content::DoorType::Automatic: key = "dir.door_automatic"; break;
    case content::DoorType::Push: key = "dir.door_push"; break;
    case content::DoorType::Pull: key = "dir.door_pull"; break;
    case content::DoorType::Sliding: key = "dir.door_sliding"; break;
    case content::DoorType::Revolving: key = "dir.door_revolving"; break;
    case content::DoorType::Unknown: break;
    }
    std::string text = join(turn(step.turn), say(key));
    return step.heavy_door ? join(text, say("dir.door_heavy")) : text;
}

// "Go 5 metres to the three steps. Take the stairs: 3 steps." reads better than naming the
// three steps twice, so a staircase just named by the step before is called by its generic name.
std::string Phrasing::level_change(const RouteStep& step, std::string_view key, std::string_view generic_name, bool just_named) const
{
    std::string place = step.landmark.empty() || just_named ? say(generic_name) : name(step.landmark);
    return say(key, {{"place", place},
                     {"number", level_number(step.to_level)},
                     {"level", level_name(step.to_level)},
                     {"steps", std::to_string(step.steps)}});
}

std::string Phrasing::stairs(const RouteStep& step, bool just_named) const
{
    std::string_view way = step.level_change > 0 ? "_up" : step.level_change < 0 ? "_down" : "";
    std::string key;
    if (easy())
        key = "dir.easy.stairs" + std::string(way);
    else
        key = "dir.stairs" + std::string(way) + (step.steps > 0 && step.steps <= max_counted_steps ? "_short" : "_long");
    std::string text = join(turn(step.turn), level_change(step, key, "dir.stairs_name", just_named));
    if (easy())
        return text;
    if (step.flights > 1)  // Wayfindr: say when there is more than one flight
        text = join(text, say("dir.flights", {{"flights", std::to_string(step.flights)}}));
    switch (step.handrail) {
    case content::Handrail::Left: return join(text, say("dir.handrail_left"));
    case content::Handrail::Right: return join(text, say("dir.handrail_right"));
    case content::Handrail::Both: return join(text, say("dir.handrail_both"));
    case content::Handrail::None:
    case content::Handrail::Unknown: return text;
    }
    return text;
}

std::string Phrasing::step(const RouteStep& step, const RouteStep* previous) const
{
    bool just_named = previous && !step.landmark.empty() && previous->landmark == step.landmark;
    switch (step.mode) {
    case EdgeKind::Corridor: return walk(step);
    case EdgeKind::Door: return door(step);
    case EdgeKind::Ramp: return join(turn(step.turn), say("dir.ramp", {{"distance", distance(step.distance_m)}}));
    case EdgeKind::Stairs: return stairs(step, just_named);
    case EdgeKind::Escalator: return join(turn(step.turn), level_change(step, "dir.escalator", "dir.escalator_name", just_named));
    case EdgeKind::Lift: return level_change(step, easy() ? "dir.easy.lift" : "dir.lift", "dir.lift_name", false);
    }
    return {};
}

std::string start_text(const content::Site& site, const Route& route, const Phrasing& phrasing, std::string_view lang)
{
    const content::Kiosk* kiosk = site.find_kiosk(route.kiosk);
    if (!kiosk)
        return {};
    return phrasing.say("dir.start", {{"kiosk", std::string(site.text(kiosk->name, lang))},
                                      {"facing", std::string(site.text(kiosk->facing, lang))}});
}

std::vector<content::EdgeKind> kinds_of(const content::Site& site, const RouteStep& step)
{
    std::vector<content::EdgeKind> kinds;
    for (std::size_t edge : step.edges)
        kinds.push_back(site.map.edges[edge].kind);
    return kinds;
}

std::vector<Direction> phrase(const content::Site& site, const Route& route, std::string_view lang, Wording wording, For target)
{
    Phrasing phrasing(site, lang, wording, target);
    std::vector<Direction> out;
    const content::Kiosk* kiosk = site.find_kiosk(route.kiosk);
    const content::Node* start = kiosk ? site.map.find_node(kiosk->node) : nullptr;
    if (std::string text = start_text(site, route, phrasing, lang); !text.empty())
        out.push_back({std::move(text), {}, start ? start->level : std::string(), {}});
    for (std::size_t i = 0; i < route.steps.size(); ++i) {
        const RouteStep& step = route.steps[i];
        out.push_back({phrasing.step(step, i > 0 ? &route.steps[i - 1] : nullptr), {}, step.from_level, kinds_of(site, step)});
    }
    const content::Node* end = site.map.find_node(route.destination);
    std::string key = wording == Wording::EasyRead ? "dir.easy.arrive" : "dir.arrive";
    out.push_back({phrasing.say(key, {{"place", phrasing.name(route.destination)}}), {}, end ? end->level : std::string(), {}});
    return out;
}

}  // namespace

std::vector<Direction> directions(const content::Site& site, const Route& route, std::string_view lang, Wording wording)
{
    std::vector<Direction> out = phrase(site, route, lang, wording, For::Screen);
    const std::vector<Direction> voice = phrase(site, route, lang, wording, For::Voice);
    for (std::size_t i = 0; i < out.size() && i < voice.size(); ++i)
        out[i].spoken = voice[i].text;
    return out;
}

std::string no_route_text(const content::Site& site, const NoRoute& why, std::string_view destination_node, std::string_view lang)
{
    Phrasing phrasing(site, lang, Wording::Standard);
    const content::Node* reception = site.map.find_node(site.reception_node);
    std::string key = why.reason == NoRouteReason::NoStepFreeRoute ? "dir.no_step_free" : "dir.no_route";
    return phrasing.say(key, {{"place", phrasing.name(std::string(destination_node))},
                              {"reception", phrasing.name(site.reception_node)},
                              {"level", reception ? phrasing.level_name(reception->level) : std::string()}});
}

std::string distance_text(const content::Site& site, double metres, std::string_view lang)
{
    // Nobody paces out 13.4 metres: round to the metre when short, then to 5 and 10 metres.
    if (metres < 3)
        return std::string(site.ui("dir.few_metres", lang));
    double step = metres < 10 ? 1 : metres < 50 ? 5 : 10;
    long rounded = std::lround(metres / step) * static_cast<long>(step);
    return i18n::fill(site.ui("dir.metres", lang), {{"n", std::to_string(rounded)}}, lang);
}

}  // namespace phare::wayfinding
