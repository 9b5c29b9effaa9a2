#include "agent_forms.h"

#include "text_check.h"

namespace phare::hub {

namespace {

std::string trimmed(const std::string& text)
{
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

content::LocalizedText texts_from(const FormFields& fields, const std::string& prefix, const content::Site& site)
{
    content::LocalizedText text;
    for (const auto& language : site.languages) {
        std::string value = trimmed(form_value(fields, prefix + language.code));
        if (!value.empty())
            text.emplace(language.code, value);
    }
    return text;
}

// The label the agent sees beside the field (agent_pages.cpp), so the sentence points at it.
std::string field_label(const std::string& name, const content::Site& site)
{
    for (const auto& [prefix, label] : {std::pair<std::string, std::string>{"message_", "Message aux visiteurs"}, {"text_", "Texte"}})
        if (name.starts_with(prefix))
            for (const auto& language : site.languages)
                if (name == prefix + language.code)
                    return label + " — " + language.name;
    static const std::map<std::string, std::string> labels{{"state", "État"}, {"date", "Jour concerné"}, {"hours", "Horaires de ce jour"},
                                                           {"moved_to", "Nouvel emplacement"}, {"level", "Niveau"}, {"starts", "Début"},
                                                           {"ends", "Fin"}};
    auto it = labels.find(name);
    return it != labels.end() ? it->second : name;
}

bool holds_lines(const std::string& name) { return name.starts_with("message_") || name.starts_with("text_") || name == "hours"; }

}  // namespace

std::vector<std::string> form_text_problems(const FormFields& fields, const content::Site& site)
{
    std::vector<std::string> problems;
    std::string last;
    for (const auto& [name, value] : fields) {
        if (name == last)
            continue;  // one sentence per field, even if it came twice
        if (auto found = find_forbidden_character(value, holds_lines(name) ? Lines::Multiple : Lines::Single)) {
            problems.push_back("Le champ « " + field_label(name, site) + " » contient " + describe_forbidden_fr(*found) +
                               ". Retirez-le (il vient souvent d'un copier-coller) puis enregistrez à nouveau.");
            last = name;
        }
    }
    return problems;
}

std::string form_value(const FormFields& fields, const std::string& name)
{
    auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
}

std::vector<std::string> split_hours(const std::string& text)
{
    std::vector<std::string> ranges;
    std::string current;
    for (char c : text + ",") {
        if (c == ',' || c == '\n' || c == ';') {
            if (auto range = trimmed(current); !range.empty())
                ranges.push_back(range);
            current.clear();
        } else {
            current += c;
        }
    }
    return ranges;
}

bundle::ServiceStatus service_status_from_form(const FormFields& fields, const content::Site& site)
{
    bundle::ServiceStatus status;
    // The route refuses an unknown state before calling this.
    auto state = bundle::service_state_from(form_value(fields, "state"));
    status.state = state.value_or(bundle::ServiceState::Open);
    bool dated = status.state == bundle::ServiceState::ClosedToday || status.state == bundle::ServiceState::Reduced;
    if (dated)
        status.date = trimmed(form_value(fields, "date"));
    if (status.state == bundle::ServiceState::Reduced)
        status.hours = split_hours(form_value(fields, "hours"));
    if (status.state == bundle::ServiceState::Moved)
        status.moved_to = trimmed(form_value(fields, "moved_to"));
    status.message = texts_from(fields, "message_", site);
    return status;
}

bundle::Notice notice_from_form(const FormFields& fields, const content::Site& site, std::string id)
{
    bundle::Notice notice;
    notice.id = std::move(id);
    notice.level = bundle::notice_level_from(form_value(fields, "level")).value_or(bundle::NoticeLevel::Normal);
    notice.starts = trimmed(form_value(fields, "starts"));
    notice.ends = trimmed(form_value(fields, "ends"));
    notice.text = texts_from(fields, "text_", site);
    return notice;
}

bundle::SiteStatus with_service(bundle::SiteStatus status, const std::string& service, const bundle::ServiceStatus& change)
{
    if (change.state == bundle::ServiceState::Open && change.message.empty())
        status.services.erase(service);
    else
        status.services[service] = change;
    return status;
}

std::string describe_state(bundle::ServiceState state)
{
    switch (state) {
    case bundle::ServiceState::Open: return "ouvert";
    case bundle::ServiceState::ClosedToday: return "fermé aujourd'hui";
    case bundle::ServiceState::Reduced: return "horaires réduits";
    case bundle::ServiceState::Moved: return "déplacé";
    }
    return "ouvert";
}

std::string describe_service_change(const std::string& service, const bundle::ServiceStatus& change)
{
    std::string text = "service " + service + " : " + describe_state(change.state);
    if (!change.date.empty())
        text += " le " + change.date;
    for (const auto& range : change.hours)
        text += " " + range;
    if (!change.moved_to.empty())
        text += " vers " + change.moved_to;
    return text;
}

}  // namespace phare::hub
