#pragma once
// Reads typed fields out of a parsed JSON document, recording a Problem (file + JSON pointer +
// sentence) for anything missing or of the wrong type instead of throwing. Parsing goes on after
// a problem so that one run reports every mistake in a file.

#include "content/localized_text.h"
#include "content/problem.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace phare::content {

using Json = nlohmann::json;

enum class Presence { Required, Optional };

class JsonReader {
public:
    JsonReader(std::string file, Problems& problems) : m_file(std::move(file)), m_problems(problems) {}

    // Parses the whole file; a syntax error is reported with its line and column.
    std::optional<Json> parse(std::string_view bytes);
    // Parses a file that must hold one JSON object { ... }; anything else is reported.
    std::optional<Json> parse_object(std::string_view bytes);

    std::optional<std::string> string(const Json& object, std::string_view key, const std::string& at, Presence presence);
    std::optional<double> number(const Json& object, std::string_view key, const std::string& at, Presence presence);
    std::optional<int> integer(const Json& object, std::string_view key, const std::string& at, Presence presence);
    std::optional<bool> boolean(const Json& object, std::string_view key, const std::string& at, Presence presence);
    // A JSON array at `key`; nullptr (and a problem if required) when absent or not an array.
    const Json* array(const Json& object, std::string_view key, const std::string& at, Presence presence);
    const Json* object(const Json& object, std::string_view key, const std::string& at, Presence presence);
    LocalizedText localized(const Json& object, std::string_view key, const std::string& at, Presence presence);
    // Identifier matching [a-z0-9-]+ (ids travel in URLs and file names).
    std::optional<std::string> id(const Json& object, std::string_view key, const std::string& at);

    void error(const std::string& at, std::string message);
    void warning(const std::string& at, std::string message);
    const std::string& file() const { return m_file; }

private:
    const Json* field(const Json& object, std::string_view key, const std::string& at, Presence presence);
    void wrong_type(const std::string& at, std::string_view expected, const Json& value);

    std::string m_file;
    Problems& m_problems;
};

std::string pointer(const std::string& parent, std::string_view key);
std::string pointer(const std::string& parent, std::size_t index);

}  // namespace phare::content
