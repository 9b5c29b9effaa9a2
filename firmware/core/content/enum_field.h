#pragma once
// One field whose text must be one of a fixed list of names, read into an enum; anything else is
// reported with the list of what is allowed.

#include "core/content/json_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace phare::content {

template<typename Enum, std::size_t N>
std::optional<Enum> parse_enum(JsonReader& reader, const Json& object, std::string_view key, const std::string& at,
                               const std::pair<std::string_view, Enum> (&names)[N], Presence presence)
{
    auto text = reader.string(object, key, at, presence);
    if (!text)
        return std::nullopt;
    for (const auto& [name, value] : names)
        if (name == *text)
            return value;
    std::string allowed;
    for (const auto& [name, value] : names)
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    reader.error(pointer(at, key), "\"" + *text + "\" is not one of: " + allowed);
    return std::nullopt;
}

}  // namespace phare::content
