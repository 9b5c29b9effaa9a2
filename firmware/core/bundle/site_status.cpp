#include "core/bundle/site_status.h"

#include "core/content/hours.h"
#include "core/content/json_reader.h"

#include <array>
#include <set>
#include <utility>

namespace phare::bundle {

namespace {

using content::Json;
using content::JsonReader;
using content::Presence;

constexpr std::array<std::pair<ServiceState, std::string_view>, 4> state_names{{
    {ServiceState::Open, "open"},
    {ServiceState::ClosedToday, "closed_today"},
    {ServiceState::Reduced, "reduced"},
    {ServiceState::Moved, "moved"},
}};
constexpr std::size_t max_notices = 20;

bool digits_at(std::string_view text, std::size_t from, std::size_t count)
{
    for (std::size_t i = from; i < from + count; ++i)
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

int number_at(std::string_view text, std::size_t from, std::size_t count)
{
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i)
        n = n * 10 + (text[i] - '0');
    return n;
}

void parse_service(JsonReader& reader, const Json& value, const std::string& at, ServiceStatus& status)
{
    if (auto state = reader.string(value, "state", at, Presence::Required)) {
        if (auto known = service_state_from(*state))
            status.state = *known;
        else
            reader.error(content::pointer(at, "state"), "\"" + *state + "\" is not one of open, closed_today, reduced, moved");
    }
    if (auto date = reader.string(value, "date", at, Presence::Optional))
        status.date = *date;
    for (auto& [range, range_at] : reader.strings(value, "hours", at, Presence::Optional, "a time range \"HH:MM-HH:MM\"")) {
        if (auto parsed = content::parse_time_range(range); !parsed)
            reader.error(range_at, "must be \"HH:MM-HH:MM\" " + parsed.error().message);
        else
            status.hours.push_back(std::move(range));
    }
    if (auto moved_to = reader.string(value, "moved_to", at, Presence::Optional))
        status.moved_to = *moved_to;
    status.message = reader.localized(value, "message", at, Presence::Optional);
}

void check_service_shape(JsonReader& reader, const ServiceStatus& status, const std::string& at)
{
    bool dated = status.state == ServiceState::ClosedToday || status.state == ServiceState::Reduced;
    if (dated && !is_date(status.date))
        reader.error(content::pointer(at, "date"), "closed_today and reduced need the day they apply to, as YYYY-MM-DD");
    if (status.state == ServiceState::Reduced && status.hours.empty())
        reader.error(content::pointer(at, "hours"), "reduced needs that day's hours");
    if (status.state == ServiceState::Moved && status.moved_to.empty())
        reader.error(content::pointer(at, "moved_to"), "moved needs the node the service moved to");
}

std::optional<Notice> parse_notice(JsonReader& reader, const Json& value, const std::string& at)
{
    Notice notice;
    auto id = reader.id(value, "id", at);
    auto level = reader.string(value, "level", at, Presence::Required);
    auto starts = reader.string(value, "starts", at, Presence::Required);
    auto ends = reader.string(value, "ends", at, Presence::Required);
    notice.text = reader.localized(value, "text", at, Presence::Required);
    if (!id || !level || !starts || !ends)
        return std::nullopt;
    notice.id = *id;
    auto known = notice_level_from(*level);
    if (!known)
        reader.error(content::pointer(at, "level"), "\"" + *level + "\" is not one of normal, urgent");
    notice.level = known.value_or(NoticeLevel::Normal);
    notice.starts = *starts;
    notice.ends = *ends;
    if (!is_local_time(notice.starts))
        reader.error(content::pointer(at, "starts"), "must be a local time YYYY-MM-DDTHH:MM");
    if (!is_local_time(notice.ends))
        reader.error(content::pointer(at, "ends"), "must be a local time YYYY-MM-DDTHH:MM");
    else if (notice.ends <= notice.starts)
        reader.error(content::pointer(at, "ends"), "must be after starts");
    return notice;
}

void parse_notices(JsonReader& reader, const Json& root, SiteStatus& status)
{
    auto notices = reader.objects(root, "notices", "", Presence::Optional, "a notice");
    if (notices.size() > max_notices)
        reader.error("/notices", "at most 20 notices at a time");
    std::set<std::string, std::less<>> ids;
    for (const auto& [object, at] : notices) {
        auto notice = parse_notice(reader, *object, at);
        if (!notice)
            continue;
        if (!ids.insert(notice->id).second)
            reader.error(content::pointer(at, "id"), "duplicate notice id \"" + notice->id + "\"");
        status.notices.push_back(std::move(*notice));
    }
}

Json localized_json(const content::LocalizedText& text)
{
    Json json = Json::object();
    for (const auto& [lang, words] : text)
        json[lang] = words;
    return json;
}

Json service_json(const ServiceStatus& status)
{
    Json json{{"state", to_string(status.state)}};
    if (!status.date.empty())
        json["date"] = status.date;
    if (!status.hours.empty())
        json["hours"] = status.hours;
    if (!status.moved_to.empty())
        json["moved_to"] = status.moved_to;
    if (!status.message.empty())
        json["message"] = localized_json(status.message);
    return json;
}

void require_default_language(const content::LocalizedText& text, const content::Site& site, const std::string& at,
                              content::Problems& problems)
{
    if (!text.empty() && !text.contains(site.default_language))
        problems.push_back({content::Severity::Error, std::string(status_file), at,
                            "needs a text in the site's default language \"" + site.default_language + "\""});
    for (const auto& [lang, words] : text)
        if (!site.find_language(lang))
            problems.push_back({content::Severity::Error, std::string(status_file), content::pointer(at, lang),
                                "\"" + lang + "\" is not a language of the site"});
}

}  // namespace

std::string_view to_string(ServiceState state)
{
    for (const auto& [value, name] : state_names)
        if (value == state)
            return name;
    return "open";
}

std::optional<ServiceState> service_state_from(std::string_view text)
{
    for (const auto& [value, name] : state_names)
        if (name == text)
            return value;
    return std::nullopt;
}

std::string_view to_string(NoticeLevel level) { return level == NoticeLevel::Urgent ? "urgent" : "normal"; }

std::optional<NoticeLevel> notice_level_from(std::string_view text)
{
    if (text == "normal")
        return NoticeLevel::Normal;
    if (text == "urgent")
        return NoticeLevel::Urgent;
    return std::nullopt;
}

bool is_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits_at(text, 0, 4) || !digits_at(text, 5, 2) ||
        !digits_at(text, 8, 2))
        return false;
    int month = number_at(text, 5, 2);
    int day = number_at(text, 8, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_local_time(std::string_view text)
{
    if (text.size() != 16 || !is_date(text.substr(0, 10)) || text[10] != 'T' || text[13] != ':' ||
        !digits_at(text, 11, 2) || !digits_at(text, 14, 2))
        return false;
    return number_at(text, 11, 2) < 24 && number_at(text, 14, 2) < 60;
}

ParsedStatus parse_status(std::string_view bytes)
{
    ParsedStatus result;
    JsonReader reader(std::string(status_file), result.problems);
    const Json* root = reader.parse_object(bytes);
    if (!root)
        return result;
    SiteStatus status;
    auto format = reader.integer(*root, "format", "", Presence::Required);
    if (format && *format != 1)
        reader.error("/format", "unsupported status format (expected 1)");
    if (const Json* services = reader.object(*root, "services", "", Presence::Optional))
        for (const auto& [id, value] : services->items()) {
            std::string at = content::pointer("/services", id);
            if (!value.is_object()) {
                reader.error(at, "expected a service's status (an object with a state), found " + content::describe_json_type(value));
                continue;
            }
            ServiceStatus service;
            parse_service(reader, value, at, service);
            check_service_shape(reader, service, at);
            status.services.emplace(id, std::move(service));
        }
    parse_notices(reader, *root, status);
    reader.finish();
    if (!content::has_errors(result.problems))
        result.status = std::move(status);
    return result;
}

std::string to_json(const SiteStatus& status)
{
    Json services = Json::object();
    for (const auto& [id, service] : status.services)
        services[id] = service_json(service);
    Json notices = Json::array();
    for (const auto& notice : status.notices)
        notices.push_back(Json{{"id", notice.id}, {"level", to_string(notice.level)}, {"starts", notice.starts},
                               {"ends", notice.ends}, {"text", localized_json(notice.text)}});
    return Json{{"format", 1}, {"services", std::move(services)}, {"notices", std::move(notices)}}.dump(2);
}

void validate_status(const SiteStatus& status, const content::Site& site, content::Problems& problems)
{
    auto error = [&](const std::string& at, std::string message) {
        problems.push_back({content::Severity::Error, std::string(status_file), at, std::move(message)});
    };
    for (const auto& [id, service] : status.services) {
        std::string at = content::pointer("/services", id);
        if (!site.find_service(id))
            error(at, "unknown service \"" + id + "\"");
        if (!service.moved_to.empty() && !site.map.find_node(service.moved_to))
            error(content::pointer(at, "moved_to"), "unknown node \"" + service.moved_to + "\"");
        require_default_language(service.message, site, content::pointer(at, "message"), problems);
    }
    for (std::size_t i = 0; i < status.notices.size(); ++i) {
        std::string at = content::pointer(content::pointer("/notices", i), "text");
        if (status.notices[i].text.empty())
            error(at, "a notice needs a text");
        require_default_language(status.notices[i].text, site, at, problems);
    }
}

std::vector<std::string> urgent_notice_ids(const SiteStatus& status)
{
    std::vector<std::string> ids;
    for (const Notice& notice : status.notices)
        if (notice.level == NoticeLevel::Urgent)
            ids.push_back(notice.id);
    return ids;
}

}  // namespace phare::bundle
