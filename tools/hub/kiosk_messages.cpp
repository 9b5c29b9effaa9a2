#include "kiosk_messages.h"

#include "core/bundle/site_status.h"
#include "text_check.h"

#include <nlohmann/json.hpp>

namespace phare::hub {

namespace {

using Json = nlohmann::json;

constexpr std::size_t max_text = 64;
constexpr std::size_t max_error_text = 1000;
constexpr std::size_t max_modes = 16;

bool is_token(std::string_view text)
{
    if (text.empty() || text.size() > max_text)
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

class Fields {
public:
    Fields(const Json& object, std::string at, std::vector<FieldProblem>& problems, std::string id = {})
        : m_object(object), m_at(std::move(at)), m_problems(problems), m_id(std::move(id))
    {
    }

    void problem(const std::string& key, std::string message) { m_problems.push_back({m_at + "/" + key, std::move(message), m_id}); }

    const Json* get(const std::string& key, bool required)
    {
        auto it = m_object.find(key);
        if (it == m_object.end() || it->is_null()) {
            if (required)
                problem(key, "is missing");
            return nullptr;
        }
        return &*it;
    }

    // A short lowercase word [a-z0-9_-]: ids, language codes, bands, modes.
    std::string token(const std::string& key, bool required)
    {
        const Json* value = get(key, required);
        if (!value)
            return {};
        // An empty optional word means "not known" (the kiosk's Rating writes "" for no service).
        if (!required && value->is_string() && value->get<std::string>().empty())
            return {};
        if (!value->is_string() || !is_token(value->get<std::string>())) {
            problem(key, "must be a short lowercase word (a-z, 0-9, - and _)");
            return {};
        }
        return value->get<std::string>();
    }

    std::int64_t count(const std::string& key)
    {
        const Json* value = get(key, true);
        if (!value)
            return 0;
        if (!value->is_number_integer() || value->get<std::int64_t>() < 0) {
            problem(key, "must be a whole number, 0 or more");
            return 0;
        }
        return value->get<std::int64_t>();
    }

private:
    const Json& m_object;
    std::string m_at;
    std::vector<FieldProblem>& m_problems;
    std::string m_id;
};

std::string read_id(const Json& item)
{
    auto it = item.find("id");
    return it != item.end() && it->is_string() && is_uuid(it->get<std::string>()) ? it->get<std::string>() : std::string();
}

void read_optional_details(Fields& fields, Rating& rating)
{
    if (const Json* clarity = fields.get("clarity", false)) {
        if (!clarity->is_number_integer() || clarity->get<std::int64_t>() < 1 || clarity->get<std::int64_t>() > 5)
            fields.problem("clarity", "must be a whole number from 1 to 5");
        else
            rating.clarity = clarity->get<int>();
    }
    if (const Json* found = fields.get("found_counter", false)) {
        if (!found->is_boolean())
            fields.problem("found_counter", "must be true or false");
        else
            rating.found_counter = found->get<bool>();
    }
    if (const Json* modes = fields.get("modes", false)) {
        bool ok = modes->is_array() && modes->size() <= max_modes;
        for (const auto& mode : ok ? *modes : Json::array())
            ok = ok && mode.is_string() && is_token(mode.get<std::string>());
        if (!ok)
            fields.problem("modes", "must be a list of at most 16 short lowercase words");
        else
            rating.modes = modes->get<std::vector<std::string>>();
    }
}

std::optional<Rating> parse_rating(const Json& item, const std::string& at, std::vector<FieldProblem>& problems)
{
    std::size_t before = problems.size();
    if (!item.is_object()) {
        problems.push_back({at, "must be an object", {}});
        return std::nullopt;
    }
    Rating rating;
    rating.id = read_id(item);
    Fields fields(item, at, problems, rating.id);
    if (rating.id.empty())
        fields.problem("id", "must be a UUID such as 3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b");
    rating.site = fields.token("site", true);
    if (const Json* when = fields.get("at", true)) {
        if (!when->is_string() || !is_hour_timestamp(when->get<std::string>()))
            fields.problem("at", when->is_string() && when->get<std::string>().size() == 20 &&
                                         bundle::is_local_time(when->get<std::string>().substr(0, 16))
                                     ? "must be a day that exists on the calendar, as an hour in UTC such as 2026-11-26T14:00:00Z"
                                     : "must be an hour in UTC such as 2026-11-26T14:00:00Z");
        else
            rating.at = when->get<std::string>();
    }
    rating.satisfaction = fields.token("satisfaction", true);
    if (!rating.satisfaction.empty() && rating.satisfaction != "good" && rating.satisfaction != "medium" && rating.satisfaction != "bad")
        fields.problem("satisfaction", "must be \"good\", \"medium\" or \"bad\"");
    rating.service = fields.token("service", false);
    rating.wait_band = fields.token("wait_band", false);
    rating.lang = fields.token("lang", false);
    read_optional_details(fields, rating);
    if (problems.size() != before)
        return std::nullopt;
    return rating;
}

std::optional<Json> parse_object(std::string_view body, std::vector<FieldProblem>& problems)
{
    Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded()) {
        problems.push_back({"", "the body is not valid JSON", {}});
        return std::nullopt;
    }
    if (!json.is_object()) {
        problems.push_back({"", "the body must be a JSON object", {}});
        return std::nullopt;
    }
    return json;
}

}  // namespace

bool is_uuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex)
            return false;
    }
    return true;
}

bool is_hour_timestamp(std::string_view text) { return hour_timestamp_seconds(text).has_value(); }

std::optional<std::int64_t> hour_timestamp_seconds(std::string_view text)
{
    if (text.size() != 20 || !bundle::is_local_time(text.substr(0, 16)) || text.substr(13) != ":00:00Z")
        return std::nullopt;
    auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    int year = number(0, 4), month = number(5, 2), day = number(8, 2), hour = number(11, 2);
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > days_in_month[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    int y = year - (month <= 2 ? 1 : 0);
    int era = y / 400;
    int year_of_era = y - era * 400;
    int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    std::int64_t days = std::int64_t{era} * 146097 + day_of_era - 719468;
    return days * 86400 + std::int64_t{hour} * 3600;
}

Parsed<FeedbackBatch> parse_feedback(std::string_view body)
{
    Parsed<FeedbackBatch> result;
    auto json = parse_object(body, result.problems);
    if (!json)
        return result;
    FeedbackBatch batch;
    Fields fields(*json, "", result.problems);
    batch.kiosk = fields.token("kiosk", true);
    const Json* ratings = fields.get("ratings", true);
    if (ratings && (!ratings->is_array() || ratings->empty() || ratings->size() > max_ratings_per_batch))
        fields.problem("ratings", "must be a list of 1 to 500 ratings");
    else if (ratings)
        for (std::size_t i = 0; i < ratings->size(); ++i)
            if (auto rating = parse_rating((*ratings)[i], "/ratings/" + std::to_string(i), result.problems))
                batch.ratings.push_back(std::move(*rating));
    if (result.problems.empty())
        result.value = std::move(batch);
    return result;
}

Parsed<Heartbeat> parse_heartbeat(std::string_view body, const std::string& kiosk)
{
    Parsed<Heartbeat> result;
    auto json = parse_object(body, result.problems);
    if (!json)
        return result;
    Heartbeat beat;
    beat.kiosk = kiosk;
    Fields fields(*json, "", result.problems);
    beat.content_version = static_cast<int>(std::min<std::int64_t>(fields.count("content_version"), 1'000'000'000));
    beat.uptime_s = fields.count("uptime_s");
    beat.outbox_backlog = fields.count("outbox_backlog");
    // Optional (kiosks before these counters did not send them).
    if (fields.get("outbox_dropped", false))
        beat.outbox_dropped = fields.count("outbox_dropped");
    if (fields.get("outbox_rejected", false))
        beat.outbox_rejected = fields.count("outbox_rejected");
    if (const Json* error = fields.get("last_error", false)) {
        if (!error->is_string() || error->get<std::string>().size() > max_error_text)
            fields.problem("last_error", "must be a text of at most 1000 bytes");
        else if (auto found = find_forbidden_character(error->get<std::string>(), Lines::Multiple))
            fields.problem("last_error", "contains " + describe_forbidden_en(*found) + " at byte " + std::to_string(found->offset) +
                                             "; send plain text (tabs and line breaks are allowed)");
        else
            beat.last_error = error->get<std::string>();
    }
    if (result.problems.empty())
        result.value = std::move(beat);
    return result;
}

std::string problems_json(const std::string& summary, const std::vector<FieldProblem>& problems)
{
    Json list = Json::array();
    for (const auto& p : problems) {
        Json item{{"field", p.field}, {"message", p.message}};
        if (!p.rating_id.empty())
            item["id"] = p.rating_id;
        list.push_back(std::move(item));
    }
    return Json{{"error", summary}, {"problems", std::move(list)}}.dump();
}

}  // namespace phare::hub
