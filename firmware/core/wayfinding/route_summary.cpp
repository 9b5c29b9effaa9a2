#include "core/wayfinding/route_summary.h"

#include "core/i18n/template.h"

#include <algorithm>
#include <cmath>

namespace phare::wayfinding {

namespace {

// As directions.cpp counts steps aloud only for short flights (Wayfindr), the summary counts them
// only when every flight is short; otherwise it says there are stairs.
constexpr int max_counted_steps = 12;

std::string say(const content::Site& site, std::string_view key, std::string_view lang, const i18n::TemplateArgs& args = {})
{
    return i18n::fill(site.ui(key, lang), args, lang);
}

std::string handrail_sentence(const content::Site& site, content::Handrail handrail, std::string_view lang)
{
    switch (handrail) {
    case content::Handrail::Left: return say(site, "dir.handrail_left", lang);
    case content::Handrail::Right: return say(site, "dir.handrail_right", lang);
    case content::Handrail::Both: return say(site, "dir.handrail_both", lang);
    case content::Handrail::None:
    case content::Handrail::Unknown: return {};
    }
    return {};
}

}  // namespace

RouteFacts route_facts(const Route& route)
{
    RouteFacts facts;
    bool first_flight = true;
    for (const RouteStep& step : route.steps) {
        if (step.mode == content::EdgeKind::Escalator)
            facts.escalator = true;
        if (step.mode != content::EdgeKind::Stairs)
            continue;
        if (step.steps > 0 && step.steps <= max_counted_steps)
            facts.stairs_steps += step.steps;
        else
            facts.long_flight = true;
        if (first_flight)
            facts.handrail = step.handrail;
        first_flight = false;
    }
    // The route's cost is the time a visitor spends on it (lift waits, doors, stairs included).
    facts.minutes = std::max(1, static_cast<int>(std::ceil(route.cost_s / 60.0)));
    return facts;
}

RouteSummary route_summary(const content::Site& site, const Route& route, std::size_t lines, std::string_view lang, Wording wording)
{
    const RouteFacts facts = route_facts(route);
    std::vector<std::string> parts;
    parts.push_back(say(site, "dir.summary_steps", lang, {{"n", std::to_string(lines)}}));
    if (wording == Wording::Standard)
        parts.push_back(distance_text(site, route.length_m, lang));
    parts.push_back(say(site, "dir.summary_time", lang, {{"n", std::to_string(facts.minutes)}}));

    RouteSummary summary;
    for (const std::string& part : parts) {
        summary.shown += summary.shown.empty() ? part : " · " + part;
        summary.spoken = summary.spoken.empty() ? part : say(site, "list.join", lang, {{"first", summary.spoken}, {"second", part}});
    }
    if (facts.stairs_steps == 0 && !facts.long_flight && !facts.escalator)
        summary.climb = say(site, "dir.summary_step_free", lang);
    else if (!facts.long_flight && !facts.escalator)
        summary.climb = say(site, "dir.summary_stairs", lang, {{"n", std::to_string(facts.stairs_steps)}});
    else
        summary.climb = say(site, "dir.summary_stairs_long", lang);
    if (std::string handrail = handrail_sentence(site, facts.handrail, lang); !handrail.empty() && wording == Wording::Standard)
        summary.climb += " " + handrail;
    return summary;
}

}  // namespace phare::wayfinding
