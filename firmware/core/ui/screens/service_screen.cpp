#include "core/ui/screens/screens.h"

#include "core/bundle/status_now.h"
#include "core/content/hours.h"
#include "core/i18n/template.h"

namespace phare::ui::screens {

namespace {

std::string day_hours(Layout& layout, const content::Service& service, std::size_t day)
{
    const std::string name = layout.ui("day." + std::string(content::day_keys[day]));
    const std::string hours = content::day_ranges(layout.site(), service.hours[day], layout.lang());
    return i18n::fill(layout.ui("service.day_hours"), {{"day", name}, {"hours", hours}});
}

std::string where(Layout& layout, const content::Service& service)
{
    const content::Node* node = layout.site().map.find_node(service.destination);
    if (!node)
        return {};
    const content::Level* level = layout.site().map.find_level(node->level);
    std::string place = node->name.empty() ? layout.text(service.name) : layout.text(node->name);
    return i18n::fill(layout.ui("service.where"), {{"place", place}, {"level", level ? layout.text(level->name) : std::string()}});
}

// What the agents changed today, in words first (never colour alone): closed, reduced, moved,
// followed by their own message if they wrote one. Empty when the service is as usual.
std::string status_today(Layout& layout, const content::Service& service)
{
    const content::ServiceStatus* status =
        bundle::service_status_now(layout.site().status, service.id, layout.state().local_time);
    if (!status || layout.state().local_time.empty())
        return {};
    std::string text;
    switch (status->state) {
    case content::ServiceState::ClosedToday:
        text = layout.ui("status.closed_today") + ".";
        break;
    case content::ServiceState::Reduced: {
        std::vector<content::TimeRange> ranges;
        for (const std::string& range : status->hours)
            if (auto parsed = content::parse_time_range(range))  // validated with the bundle
                ranges.push_back(*parsed);
        text = i18n::fill(layout.ui("status.reduced"), {{"hours", content::day_ranges(layout.site(), ranges, layout.lang())}}) + ".";
        break;
    }
    case content::ServiceState::Moved:
        text = layout.ui("status.moved");
        break;
    case content::ServiceState::Open:
        break;
    }
    const std::string message = layout.text(status->message);
    return message.empty() ? text : text + " " + message;
}

}  // namespace

Frame service(Layout& layout)
{
    const Theme& theme = layout.theme();
    const content::Service* service = layout.site().find_service(layout.state().place.service);
    std::vector<Block> body;
    if (!service)
        return layout.compose("service", std::move(body), layout.ui("help.service"));
    const bool easy = layout.state().modes.easy_read;
    // Easy-read puts the service's pictogram beside its name, as on the welcome list.
    if (easy)
        body.push_back(layout.picture("service.pictogram", service->pictogram));
    const content::LocalizedText& name = easy ? service->easy_name : service->name;
    body.push_back(layout.heading("service.name", layout.text(name), theme.title_cap_mm, false, layout.text_language(name)));
    if (std::string today = status_today(layout, *service); !today.empty())
        body.push_back(layout.heading("service.status", today, theme.heading_cap_mm));
    const content::LocalizedText& description = easy ? service->easy_description : service->description;
    body.push_back(layout.paragraph("service.description", layout.text(description), theme.body_cap_mm, theme.palette.text,
                                    layout.text_language(description)));
    body.push_back(layout.heading("service.where_heading", layout.ui("service.where_heading"), theme.heading_cap_mm));
    body.push_back(layout.paragraph("service.where", where(layout, *service), theme.title_cap_mm, theme.palette.text));
    const std::string directions_label = layout.ui("dir.button");
    body.push_back(layout.button({"service.directions", directions_label, layout.spoken_control(directions_label, "role.button"),
                                  OpenDirections{service->id}}));
    if (!service->queue_prefix.empty())
        body.push_back(layout.paragraph("service.tickets", i18n::fill(layout.ui("service.tickets"), {{"prefix", service->queue_prefix}}),
                                        theme.body_cap_mm, theme.palette.text));
    body.push_back(layout.heading("service.hours_heading", layout.ui("service.hours_heading"), theme.heading_cap_mm));
    for (std::size_t day = 0; day < content::day_keys.size(); ++day)
        body.push_back(layout.paragraph("service.hours." + std::string(content::day_keys[day]), day_hours(layout, *service, day),
                                        theme.body_cap_mm, theme.palette.text));
    body.push_back(feedback_entry(layout));
    return layout.compose("service", std::move(body), layout.ui("help.service"));
}

}  // namespace phare::ui::screens
