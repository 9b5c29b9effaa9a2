#include "content/string_keys.h"

#include <array>

namespace phare::content {

namespace {

constexpr std::array keys{
    "welcome.title",
    "welcome.prompt",
    "welcome.services_heading",
    "welcome.language_heading",
    "nav.back",
    "nav.home",
    "nav.help",
    "nav.next_page",
    "nav.previous_page",
    "nav.page_of",
    "a11y.button",
    "a11y.heading",
    "a11y.size_standard",
    "a11y.size_large",
    "a11y.size_larger",
    "a11y.contrast",
    "a11y.contrast_light",
    "a11y.easy_read",
    "a11y.speech",
    "state.on",
    "state.off",
    "role.button",
    "role.heading",
    "role.toggle",
    "position.of",
    "service.hours_heading",
    "service.where_heading",
    "service.where",
    "service.closed",
    "service.tickets",
    "day.mon",
    "day.tue",
    "day.wed",
    "day.thu",
    "day.fri",
    "day.sat",
    "day.sun",
    "help.welcome",
    "help.service",
    "help.accessibility",
    "help.close",
    "session.still_here",
    "session.continue",
    "speech.idle_hint",
    "speech.first_item",
    "speech.last_item",
    "speech.repeating",
    "speech.volume",
    "speech.volume_min",
    "speech.volume_max",
    "a11y.rate_slow",
    "a11y.rate_normal",
    "a11y.rate_fast",
    "speech.guidance_on",
    "speech.paused",
    "speech.headset_on",
    "speech.headset_off",
    "help.more",
    "help.keys",
    "feedback.open",
    "feedback.question",
    "feedback.good",
    "feedback.medium",
    "feedback.bad",
    "feedback.clarity_question",
    "feedback.counter_question",
    "feedback.yes",
    "feedback.no",
    "feedback.skip",
    "feedback.saving",
    "feedback.thanks",
    "feedback.already",
    "feedback.failed",
    "dir.button",
    "dir.heading",
    "dir.step_free",
    "dir.start",
    "dir.walk_ahead",
    "dir.walk_left",
    "dir.walk_right",
    "dir.walk_back",
    "dir.walk_screen_back",
    "dir.walk_ahead_plain",
    "dir.walk_left_plain",
    "dir.walk_right_plain",
    "dir.walk_back_plain",
    "dir.walk_screen_back_plain",
    "dir.turn_left",
    "dir.turn_right",
    "dir.turn_back",
    "dir.turn_screen_back",
    "dir.ramp",
    "dir.door",
    "dir.door_automatic",
    "dir.door_push",
    "dir.door_pull",
    "dir.door_sliding",
    "dir.door_revolving",
    "dir.door_heavy",
    "dir.stairs_short",
    "dir.stairs_long",
    "dir.stairs_up_short",
    "dir.stairs_up_long",
    "dir.stairs_down_short",
    "dir.stairs_down_long",
    "dir.stairs_name",
    "dir.handrail_left",
    "dir.handrail_right",
    "dir.handrail_both",
    "dir.flights",
    "dir.escalator",
    "dir.escalator_name",
    "dir.lift",
    "dir.lift_name",
    "dir.arrive",
    "dir.no_step_free",
    "dir.no_route",
    "dir.metres",
    "dir.few_metres",
    "dir.easy.walk",
    "dir.easy.walk_plain",
    "dir.easy.stairs",
    "dir.easy.stairs_up",
    "dir.easy.stairs_down",
    "dir.easy.lift",
    "dir.easy.arrive",
    "help.directions",
};

}  // namespace

std::span<const std::string_view> required_string_keys()
{
    static constexpr std::array<std::string_view, keys.size()> views = [] {
        std::array<std::string_view, keys.size()> out{};
        for (std::size_t i = 0; i < keys.size(); ++i)
            out[i] = keys[i];
        return out;
    }();
    return views;
}

std::vector<std::string> placeholders(std::string_view text)
{
    std::vector<std::string> names;
    std::size_t pos = 0;
    while ((pos = text.find('{', pos)) != std::string_view::npos) {
        auto end = text.find('}', pos);
        if (end == std::string_view::npos)
            break;
        names.emplace_back(text.substr(pos + 1, end - pos - 1));
        pos = end + 1;
    }
    return names;
}

}  // namespace phare::content
