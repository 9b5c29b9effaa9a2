#include "core/ui/screens/screens.h"

#include "core/bundle/status_now.h"
#include "core/content/hours.h"
#include "core/content/open_now.h"
#include "core/content/week_spans.h"
#include "core/i18n/lower_case.h"
#include "core/i18n/template.h"

namespace phare::ui::screens {

namespace {

std::string where(Layout& layout, const content::Service& service)
{
    const content::Node* node = layout.site().map.find_node(service.destination);
    if (!node)
        return {};
    const content::Level* level = layout.site().map.find_level(node->level);
    std::string place = node->name.empty() ? layout.text(service.name) : layout.text(node->name);
    return i18n::fill(layout.ui("service.where"), {{"place", place}, {"level", level ? layout.text(level->name) : std::string()}});
}

std::string day_name(Layout& layout, int day) { return layout.ui("day." + std::string(content::day_keys[static_cast<std::size_t>(day)])); }

// The tag under the service's name: what is true now, in words; the fill only echoes them.
struct Tag {
    std::string text;
    Color fg;
    Color bg;
};

std::optional<Tag> status_tag(Layout& layout, const content::OpenNow& now)
{
    const Palette& p = layout.theme().palette;
    auto at = [&](std::string_view key) {
        return i18n::fill(layout.ui(key), {{"time", content::format_time(layout.site(), now.minute, layout.lang())}}, layout.lang());
    };
    switch (now.kind) {
    case content::OpenNowKind::Unknown: return std::nullopt;
    case content::OpenNowKind::Open: return Tag{at("service.tag_open"), p.tag_open_text, p.tag_open};
    case content::OpenNowKind::OpensLater: return Tag{at("service.tag_opens_at"), p.tag_closed_text, p.tag_closed};
    case content::OpenNowKind::ClosedForToday: return Tag{layout.ui("service.tag_closed_now"), p.tag_closed_text, p.tag_closed};
    case content::OpenNowKind::ClosedToday: return Tag{layout.ui("status.closed_today"), p.tag_closed_text, p.tag_closed};
    case content::OpenNowKind::Reduced: return Tag{layout.ui("service.tag_reduced"), p.tag_changed_text, p.tag_changed};
    case content::OpenNowKind::Moved: return Tag{layout.ui("service.tag_moved"), p.tag_changed_text, p.tag_changed};
    }
    return std::nullopt;
}

// "Ouvert · ferme à 12 h" is heard "Ouvert, ferme à 12 heures": the dot is for the eye, the voice
// pauses at the language's own list punctuation.
std::string spoken_tag(Layout& layout, const std::string& text)
{
    const std::string dot = "\u00B7";
    const std::size_t at = text.find(dot);
    if (at == std::string::npos)
        return text;
    auto trim = [](std::string s) {
        while (!s.empty() && s.back() == ' ')
            s.pop_back();
        while (!s.empty() && s.front() == ' ')
            s.erase(0, 1);
        return s;
    };
    return layout.join(trim(text.substr(0, at)), trim(text.substr(at + dot.size())));
}

// The agents' words under the tag: where a moved service now is, and their own message.
std::string agents_message(Layout& layout, const content::ServiceStatus* status, const content::OpenNow& now)
{
    if (!status || now.kind == content::OpenNowKind::Unknown || !now.by_agents)
        return {};
    const std::string message = layout.text(status->message);
    if (now.kind != content::OpenNowKind::Moved)
        return message;
    return message.empty() ? layout.ui("status.moved") : layout.ui("status.moved") + " " + message;
}

// Today's hours as they really are: the agents' closure or reduced hours replace the usual ones.
std::string today_hours(Layout& layout, const content::OpenNow& now)
{
    const std::string hours = content::day_ranges(layout.site(), now.today, layout.lang());
    if (now.by_agents && now.kind == content::OpenNowKind::ClosedToday)
        return layout.ui("service.closed_exceptionally");
    if (now.kind == content::OpenNowKind::Reduced)
        return i18n::fill(layout.ui("service.reduced_hours"), {{"hours", hours}}, layout.lang());
    return hours;
}

// One line of the week: "Lundi – vendredi : 8 h 30 – 12 h", heard "du lundi au vendredi : …".
Block span_line(Layout& layout, const content::DaySpan& span)
{
    const std::string& lang = layout.lang();
    std::string shown = day_name(layout, span.first);
    std::string spoken = shown;
    if (span.last != span.first) {
        const std::string first = day_name(layout, span.first);
        const std::string last = day_name(layout, span.last);
        const i18n::TemplateArgs args{{"first", first},
                                      {"first_lower", i18n::lower_case(first, lang)},
                                      {"last", last},
                                      {"last_lower", i18n::lower_case(last, lang)}};
        shown = i18n::fill(layout.ui("service.day_span"), args, lang);
        spoken = i18n::fill(layout.ui("service.day_span_spoken"), args, lang);
    }
    const std::string hours = content::day_ranges(layout.site(), span.ranges, lang);
    Block block = layout.paragraph("service.hours." + std::string(content::day_keys[static_cast<std::size_t>(span.first)]),
                                   i18n::fill(layout.ui("service.day_hours"), {{"day", shown}, {"hours", hours}}, lang),
                                   layout.theme().body_cap_mm, layout.theme().palette.text);
    block.elements.front().spoken = i18n::fill(layout.ui("service.day_hours"), {{"day", spoken}, {"hours", hours}}, lang);
    return block;
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
    const std::string& local_time = layout.state().local_time;
    const content::ServiceStatus* status = bundle::service_status_now(layout.site().status, service->id, local_time);
    const content::OpenNow now = content::open_now(service->hours, status, local_time);

    // Easy-read puts the service's pictogram beside its name, as on the welcome list.
    if (easy)
        body.push_back(layout.picture("service.pictogram", service->pictogram));
    const content::LocalizedText& name = easy ? service->easy_name : service->name;
    body.push_back(layout.heading("service.name", layout.text(name), theme.title_cap_mm, false, layout.text_language(name)));
    // First what is true now and what the agents say of it, then where and what to do.
    if (std::optional<Tag> tag = status_tag(layout, now))
        body.push_back(layout.tag("service.status", tag->text, spoken_tag(layout, tag->text), tag->fg, tag->bg, theme.body_cap_mm));
    if (std::string message = agents_message(layout, status, now); !message.empty())
        body.push_back(layout.paragraph("service.status_message", message, theme.body_cap_mm, theme.palette.text,
                                        layout.text_language(status->message)));
    body.push_back(layout.heading("service.where_heading", layout.ui("service.where_heading"), theme.heading_cap_mm));
    body.push_back(layout.paragraph("service.where", where(layout, *service), theme.title_cap_mm, theme.palette.text));
    const std::string directions_label = layout.ui("dir.button");
    // The screen's one main action: most visitors came to find the way.
    ButtonSpec directions{"service.directions", directions_label, layout.spoken_control(directions_label, "role.button"),
                          OpenDirections{service->id}};
    directions.kind = ButtonKind::Primary;
    body.push_back(layout.button(directions));
    // What to do on arrival, not a bare "Tickets A".
    if (!service->queue_prefix.empty())
        body.push_back(layout.paragraph("service.tickets",
                                        i18n::fill(layout.ui(easy ? "service.ticket_step_easy" : "service.ticket_step"),
                                                   {{"prefix", service->queue_prefix}}, layout.lang()),
                                        theme.body_cap_mm, theme.palette.text));
    // What the service does comes after what to do, so in large text the first page still says
    // where it is and how to get there.
    const content::LocalizedText& description = easy ? service->easy_description : service->description;
    body.push_back(layout.paragraph("service.description", layout.text(description), theme.body_cap_mm, theme.palette.text,
                                    layout.text_language(description)));
    body.push_back(layout.heading("service.hours_heading", layout.ui("service.hours_heading"), theme.heading_cap_mm));
    if (now.day >= 0) {
        // Today first and in bold; never the usual hours of a day the agents changed.
        const std::string today = i18n::fill(layout.ui("service.today_hours"),
                                             {{"day", day_name(layout, now.day)},
                                              {"day_lower", i18n::lower_case(day_name(layout, now.day), layout.lang())},
                                              {"hours", today_hours(layout, now)}},
                                             layout.lang());
        Block line = layout.heading("service.today", today, theme.body_cap_mm, false);
        line.elements.front().role = Role::Text;
        line.elements.front().spoken = today;
        body.push_back(std::move(line));
    }
    for (const content::DaySpan& span : content::week_spans(service->hours, now.day))
        body.push_back(span_line(layout, span));
    body.push_back(feedback_entry(layout));
    return layout.compose("service", std::move(body), layout.ui("help.service"));
}

}  // namespace phare::ui::screens
