#include "core/feedback/rating.h"

#include <nlohmann/json.hpp>

namespace phare::feedback {

std::string to_string(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Good: return "good";
    case Satisfaction::Medium: return "medium";
    case Satisfaction::Bad: return "bad";
    }
    return "good";
}

std::optional<Satisfaction> satisfaction_from_string(const std::string& text)
{
    if (text == "good")
        return Satisfaction::Good;
    if (text == "medium")
        return Satisfaction::Medium;
    if (text == "bad")
        return Satisfaction::Bad;
    return std::nullopt;
}

std::string to_json(const Rating& rating)
{
    nlohmann::json out = {
        {"id", rating.id},           {"site", rating.site}, {"kiosk", rating.kiosk}, {"at", rating.at_hour},
        {"satisfaction", to_string(rating.satisfaction)},   {"lang", rating.lang},   {"modes", rating.modes},
    };
    if (rating.clarity)
        out["clarity"] = *rating.clarity;
    if (rating.found_counter)
        out["found_counter"] = *rating.found_counter;
    if (!rating.service.empty())
        out["service"] = rating.service;
    return out.dump();
}

std::optional<Rating> from_json(const std::string& text)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    Rating rating;
    auto text_of = [&](const char* key) { return json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : std::string(); };
    rating.id = text_of("id");
    rating.site = text_of("site");
    rating.kiosk = text_of("kiosk");
    rating.at_hour = text_of("at");
    rating.lang = text_of("lang");
    rating.service = text_of("service");
    auto satisfaction = satisfaction_from_string(text_of("satisfaction"));
    if (rating.id.empty() || !satisfaction)
        return std::nullopt;
    rating.satisfaction = *satisfaction;
    if (json.contains("clarity") && json["clarity"].is_number_integer())
        rating.clarity = json["clarity"].get<int>();
    if (json.contains("found_counter") && json["found_counter"].is_boolean())
        rating.found_counter = json["found_counter"].get<bool>();
    if (json.contains("modes") && json["modes"].is_array())
        for (const auto& mode : json["modes"])
            if (mode.is_string())
                rating.modes.push_back(mode.get<std::string>());
    return rating;
}

}  // namespace phare::feedback
