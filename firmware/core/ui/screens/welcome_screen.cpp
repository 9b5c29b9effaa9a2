#include "core/ui/screens/screens.h"

#include "core/bundle/status_now.h"
#include "core/i18n/template.h"

namespace phare::ui::screens {

Block language_buttons(Layout& layout)
{
    std::vector<ButtonSpec> buttons;
    const auto& site_languages = layout.site().languages;
    int index = 0;
    for (const content::Language& language : site_languages) {
        ++index;
        const bool current = language.code == layout.lang();
        ButtonSpec spec;
        spec.id = "lang." + language.code;
        spec.label = language.name;
        // The name is spoken in its own language so a visitor recognises it.
        spec.spoken = current ? layout.join(language.name, layout.site().ui("state.on", language.code), language.code) : language.name;
        spec.action = SetLanguage{language.code};
        spec.selected = current;
        spec.lang = language.code;
        spec.direction = language.direction;
        buttons.push_back(std::move(spec));
    }
    return layout.button_flow(buttons);
}

namespace {

// One button names the current language and opens the list (easy-read keeps few choices on a
// screen: R-68).
Block language_choice(Layout& layout)
{
    const content::Language* current = layout.site().find_language(layout.lang());
    std::string label = layout.label_value(layout.ui("welcome.language_heading"), current ? current->name : layout.lang());
    return layout.button({"lang.choose", label, layout.spoken_control(label, "role.button"), OpenLanguages{}});
}

}  // namespace

Frame welcome(Layout& layout)
{
    const Theme& theme = layout.theme();
    std::vector<Block> body;
    body.push_back(layout.heading("welcome.title", layout.ui("welcome.title"), theme.title_cap_mm, false));
    // The welcome in the site's other languages, each in its own script and direction, so that a
    // visitor who reads no French sees at once that the kiosk speaks theirs. Standard text only:
    // large text and easy-read keep the first page for what to do.
    if (!layout.state().modes.easy_read && layout.state().modes.text_size == TextSize::Standard) {
        std::vector<Layout::FlowWord> greetings;
        for (const content::Language& language : layout.site().languages)
            if (language.code != layout.lang())
                greetings.push_back({std::string(layout.site().ui("welcome.title", language.code)), language.code});
        if (!greetings.empty())
            body.push_back(layout.word_flow("welcome.greeting", greetings, theme.body_cap_mm, theme.palette.muted_text));
    }
    body.push_back(layout.paragraph("welcome.prompt", layout.ui("welcome.prompt"), theme.body_cap_mm, theme.palette.text));
    // The agents' notices come first: an urgent one is what every visitor must know (a word says
    // which kind it is, so colour is never the only sign).
    if (!layout.state().local_time.empty())
        for (const content::Notice* notice : bundle::notices_now(layout.site().status, layout.state().local_time)) {
            const bool urgent = notice->level == content::NoticeLevel::Urgent;
            // The whole notice in the language its words are in, "Urgent :" included.
            const std::string lang = layout.text_language(notice->text);
            const std::string text = i18n::fill(layout.site().ui(urgent ? "notice.urgent" : "notice.info", lang), {{"text", layout.text(notice->text)}});
            body.push_back(layout.notice("notice." + notice->id, text, urgent, lang));
        }
    // The last queue call, and the way to the board and to a ticket.
    add_call(layout, body, theme.title_cap_mm);
    if (layout.state().queue_enabled) {
        const std::string label = layout.ui("queue.open");
        body.push_back(layout.button({"queue.open", label, layout.spoken_control(label, "role.button"), OpenQueue{}}));
    }
    // Easy-read and large text name the current language on one button that opens the list: the
    // list of every language would fill the first page of large text on its own.
    if (layout.state().modes.easy_read || layout.state().modes.text_size != TextSize::Standard) {
        body.push_back(language_choice(layout));
    } else {
        body.push_back(layout.heading("welcome.language_heading", layout.ui("welcome.language_heading"), theme.heading_cap_mm));
        body.push_back(language_buttons(layout));
    }
    body.push_back(layout.heading("welcome.services_heading", layout.ui("welcome.services_heading"), theme.heading_cap_mm));
    const auto& services = layout.site().services;
    const bool easy = layout.state().modes.easy_read;
    int index = 0;
    std::vector<ButtonSpec> tiles;
    for (const content::Service& service : services) {
        ++index;
        std::string name = layout.text(easy ? service.easy_name : service.name);
        const content::ServiceStatus* today =
            layout.state().local_time.empty() ? nullptr : bundle::service_status_now(layout.site().status, service.id, layout.state().local_time);
        if (today && today->state == content::ServiceState::ClosedToday)
            name += " – " + layout.ui("status.closed_today");  // before a visitor walks there
        tiles.push_back({"service." + service.id, name, layout.spoken_control(name, "role.button", index, static_cast<int>(services.size())),
                         OpenService{service.id}, service.pictogram});
    }
    for (Block& row : layout.button_grid(tiles))
        body.push_back(std::move(row));
    body.push_back(feedback_entry(layout));
    return layout.compose("welcome", std::move(body), layout.ui("help.welcome"));
}

}  // namespace phare::ui::screens
