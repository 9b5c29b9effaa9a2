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
