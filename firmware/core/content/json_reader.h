#pragma once
// Reads typed fields out of a parsed JSON document, recording a Problem (file + JSON pointer +
// sentence) for anything missing or of the wrong type instead of throwing. Parsing goes on after
// a problem so that one run reports every mistake in a file.
//
// Types are strict: text where text is expected, a whole number where one is expected, an object
// where an object is expected (also for each entry of a list of objects), and null is never taken
// for "absent". Fields are strict too: reading a field of an object declares it known, and
// finish() reports every field of an object that nothing read or declared, naming the nearest
// known one ("unknown field; did you mean \"destination\"?"). So adding a field to the format is
// the one line that reads it.

#include "core/content/localized_text.h"
#include "core/content/problem.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

using Json = nlohmann::json;

enum class Presence { Required, Optional };
// Site files are written by hand: a field nobody reads is a typo. A wire format between programs
// (the manifest) may gain fields an older kiosk ignores.
enum class UnknownFields { Report, Ignore };

class JsonReader {
public:
    JsonReader(std::string file, Problems& problems, UnknownFields unknown = UnknownFields::Report)
        : m_file(std::move(file)), m_problems(problems), m_unknown(unknown)
    {
    }
    JsonReader(const JsonReader&) = delete;
    JsonReader& operator=(const JsonReader&) = delete;
    ~JsonReader() { finish(); }

    // Parses the whole file; a syntax error is reported with its line and column. The reader
    // keeps the document (nullptr on error) so that finish() can look for unknown fields.
    const Json* parse(std::string_view bytes);
    // Parses a file that must hold one JSON object { ... }; anything else is reported.
    const Json* parse_object(std::string_view bytes);

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

    // One object of a list of objects, with its JSON pointer.
    struct Entry {
        const Json* object;
        std::string at;
    };
    // The entries of the list at `key` that are objects. Any other entry is reported, naming
    // what was expected ("expected a service (an object {...}), found text \"foo\"") and skipped.
    std::vector<Entry> objects(const Json& object, std::string_view key, const std::string& at, Presence presence,
                               std::string_view what);
    // The entries of the list at `key` that are texts (language codes, time ranges...); any other
    // entry is reported as not `what` and skipped.
    std::vector<std::pair<std::string, std::string>> strings(const Json& object, std::string_view key, const std::string& at,
                                                             Presence presence, std::string_view what);
    // Declares fields of `object` known without reading them through this reader.
    void known(const Json& object, const std::string& at, std::initializer_list<std::string_view> names);
    // Reports every field that nothing read or declared, in document order. The destructor calls
    // it too; call it before counting problems.
    void finish();

    void error(const std::string& at, std::string message);
    void warning(const std::string& at, std::string message);
    const std::string& file() const { return m_file; }

private:
    const Json* field(const Json& object, std::string_view key, const std::string& at, Presence presence);
    void wrong_type(const std::string& at, std::string_view expected, const Json& value);
    void declare(const Json& object, const std::string& at, std::string_view name);
    void report_unknown(const Json& value);

    struct Known {
        std::string at;
        std::vector<std::string> names;  // in the order the parser reads them, for the list in messages
    };

    std::string m_file;
    Problems& m_problems;
    UnknownFields m_unknown;
    std::optional<Json> m_document;
    std::map<const Json*, Known> m_known;  // objects read through this reader, and their fields
    std::set<const Json*> m_not_objects;   // reported once each
};

std::string pointer(const std::string& parent, std::string_view key);
std::string pointer(const std::string& parent, std::size_t index);

// What a JSON value is, in a maintainer's words: "text \"foo\"", "a number", "a list"...
std::string describe_json_type(const Json& value);

}  // namespace phare::content
