#include "core/content/json_reader.h"

#include "core/content/nearest_name.h"

#include <algorithm>

namespace phare::content {

namespace {

std::string line_and_column(std::string_view bytes, std::size_t byte_offset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < byte_offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Where the number `token` stands in `bytes`, outside strings; npos when it cannot be found.
std::size_t number_offset(std::string_view bytes, std::string_view token)
{
    auto is_number_char = [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'; };
    bool in_string = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (bytes.substr(i, token.size()) == token && (i == 0 || !is_number_char(bytes[i - 1])) &&
                   (i + token.size() == bytes.size() || !is_number_char(bytes[i + token.size()]))) {
            return i;
        }
    }
    return std::string_view::npos;
}

constexpr std::string_view missing_required = "missing required field";

// RFC 6901 escaping.
std::string escape_token(std::string_view key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

}  // namespace

std::string describe_json_type(const Json& value)
{
    if (value.is_string()) {
        std::string text = value.get<std::string>();
        if (text.size() > 40)
            text = text.substr(0, 37) + "...";
        return "text \"" + text + "\"";
    }
    if (value.is_number())
        return "a number (" + value.dump() + ")";
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_array())
        return "a list";
    if (value.is_object())
        return "an object";
    return "null";
}

std::string pointer(const std::string& parent, std::string_view key) { return parent + "/" + escape_token(key); }
std::string pointer(const std::string& parent, std::size_t index) { return parent + "/" + std::to_string(index); }

const Json* JsonReader::parse(std::string_view bytes)
{
    m_known.clear();
    m_not_objects.clear();
    m_document.reset();
    try {
        m_document = Json::parse(bytes.begin(), bytes.end());
        return &*m_document;
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1,
        // column 2: "; keep only the human part after the position.
        auto colon = what.find(": ");
        std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        m_problems.push_back({Severity::Error, m_file, line_and_column(bytes, e.byte == 0 ? 0 : e.byte - 1),
                              "not valid JSON: " + reason});
        return nullptr;
    } catch (const Json::out_of_range& e) {
        // A number no double can hold (1e400): nlohmann says "number overflow parsing '1e400'"
        // without a position, so the number is looked for in the text.
        const std::string what = e.what();
        const std::size_t open = what.find('\'');
        const std::size_t close = what.rfind('\'');
        const std::string token = open < close ? what.substr(open + 1, close - open - 1) : std::string();
        const std::size_t at = token.empty() ? std::string_view::npos : number_offset(bytes, token);
        const std::string shown = token.size() > 40 ? token.substr(0, 40) + "..." : token;
        m_problems.push_back({Severity::Error, m_file, at == std::string_view::npos ? std::string() : line_and_column(bytes, at),
                              "not valid JSON: the number " + shown + " is too large (more than a double can hold)"});
        return nullptr;
    }
}

const Json* JsonReader::parse_object(std::string_view bytes)
{
    const Json* json = parse(bytes);
    if (json && !json->is_object()) {
        error("", "the file must hold a JSON object { ... }, found " + describe_json_type(*json));
        return nullptr;
    }
    return json;
}

void JsonReader::error(const std::string& at, std::string message)
{
    m_problems.push_back({Severity::Error, m_file, at, std::move(message)});
}

void JsonReader::warning(const std::string& at, std::string message)
{
    m_problems.push_back({Severity::Warning, m_file, at, std::move(message)});
}

void JsonReader::wrong_type(const std::string& at, std::string_view expected, const Json& value)
{
    error(at, "expected " + std::string(expected) + ", found " + describe_json_type(value));
}

const Json* JsonReader::field(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    if (!object.is_object()) {
        // Said once for the object, not once for each field looked for in it.
        if (m_not_objects.insert(&object).second)
            error(at, "expected an object { ... }, found " + describe_json_type(object));
        return nullptr;
    }
    declare(object, at, key);
    auto it = object.find(key);
    if (it == object.end()) {
        if (presence == Presence::Required)
            error(pointer(at, key), std::string(missing_required) + " \"" + std::string(key) + "\"");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonReader::string(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    const Json* value = field(object, key, at, presence);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        wrong_type(pointer(at, key), "text", *value);
        return std::nullopt;
    }
    std::string text = value->get<std::string>();
    if (text.empty() && presence == Presence::Required) {
        error(pointer(at, key), "must not be empty");
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonReader::number(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    const Json* value = field(object, key, at, presence);
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        wrong_type(pointer(at, key), "a number", *value);
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<int> JsonReader::integer(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    const Json* value = field(object, key, at, presence);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) {
        wrong_type(pointer(at, key), "a whole number", *value);
        return std::nullopt;
    }
    auto n = value->get<long long>();
    if (n < -1000000 || n > 1000000) {
        error(pointer(at, key), "number out of range");
        return std::nullopt;
    }
    return static_cast<int>(n);
}

std::optional<bool> JsonReader::boolean(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    const Json* value = field(object, key, at, presence);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        wrong_type(pointer(at, key), "true or false", *value);
        return std::nullopt;
    }
    return value->get<bool>();
}

const Json* JsonReader::array(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    const Json* value = field(object, key, at, presence);
    if (value && !value->is_array()) {
        wrong_type(pointer(at, key), "a list", *value);
        return nullptr;
    }
    return value;
}

const Json* JsonReader::object(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    const Json* value = field(object, key, at, presence);
    if (value && !value->is_object()) {
        wrong_type(pointer(at, key), "an object", *value);
        return nullptr;
    }
    return value;
}

LocalizedText JsonReader::localized(const Json& object, std::string_view key, const std::string& at, Presence presence)
{
    LocalizedText result;
    const Json* value = this->object(object, key, at, presence);
    if (!value)
        return result;
    const std::string here = pointer(at, key);
    for (const auto& [lang, text] : value->items()) {
        if (!text.is_string()) {
            wrong_type(pointer(here, lang), "text", text);
            continue;
        }
        auto s = text.get<std::string>();
        if (s.empty()) {
            error(pointer(here, lang), "empty text (leave the language out to use its fallback)");
            continue;
        }
        result.emplace(lang, std::move(s));
    }
    return result;
}

std::optional<std::string> JsonReader::id(const Json& object, std::string_view key, const std::string& at)
{
    auto value = string(object, key, at, Presence::Required);
    if (!value)
        return std::nullopt;
    bool valid = value->size() <= 64 && std::all_of(value->begin(), value->end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!valid) {
        error(pointer(at, key), "\"" + *value + "\" is not a valid id (use a-z, 0-9 and -, at most 64)");
        return std::nullopt;
    }
    return value;
}

std::vector<JsonReader::Entry> JsonReader::objects(const Json& object, std::string_view key, const std::string& at,
                                                   Presence presence, std::string_view what)
{
    std::vector<Entry> entries;
    const Json* list = array(object, key, at, presence);
    if (!list)
        return entries;
    const std::string here = pointer(at, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        if (entry.is_object())
            entries.push_back({&entry, pointer(here, i)});
        else
            error(pointer(here, i), "expected " + std::string(what) + " (an object { ... }), found " + describe_json_type(entry));
    }
    return entries;
}

std::vector<std::pair<std::string, std::string>> JsonReader::strings(const Json& object, std::string_view key, const std::string& at,
                                                                     Presence presence, std::string_view what)
{
    std::vector<std::pair<std::string, std::string>> entries;
    const Json* list = array(object, key, at, presence);
    if (!list)
        return entries;
    const std::string here = pointer(at, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        if (entry.is_string())
            entries.emplace_back(entry.get<std::string>(), pointer(here, i));
        else
            wrong_type(pointer(here, i), what, entry);
    }
    return entries;
}

void JsonReader::known(const Json& object, const std::string& at, std::initializer_list<std::string_view> names)
{
    if (!object.is_object())
        return;
    for (std::string_view name : names)
        declare(object, at, name);
}

void JsonReader::declare(const Json& object, const std::string& at, std::string_view name)
{
    Known& known = m_known[&object];
    known.at = at;
    if (std::find(known.names.begin(), known.names.end(), name) == known.names.end())
        known.names.emplace_back(name);
}

void JsonReader::report_unknown(const Json& value)
{
    if (value.is_array()) {
        for (const Json& item : value)
            report_unknown(item);
        return;
    }
    if (!value.is_object())
        return;
    if (auto it = m_known.find(&value); it != m_known.end()) {
        const Known& known = it->second;
        std::vector<std::string_view> names(known.names.begin(), known.names.end());
        for (const auto& [key, item] : value.items()) {
            if (std::find(known.names.begin(), known.names.end(), key) != known.names.end())
                continue;
            if (auto nearest = nearest_name(key, names)) {
                // A misspelt required field is one mistake: the misspelling says it, not also
                // "missing required field" where the field should have been.
                const std::string meant = pointer(known.at, *nearest);
                std::erase_if(m_problems, [&](const Problem& p) {
                    return p.file == m_file && p.pointer == meant && p.message.starts_with(missing_required);
                });
                error(pointer(known.at, key), "unknown field; did you mean \"" + *nearest + "\"?");
            } else {
                std::string list;
                for (std::string_view name : names)
                    list += (list.empty() ? "" : ", ") + std::string(name);
                error(pointer(known.at, key), "unknown field (the known fields here are " + list + ")");
            }
        }
    }
    for (const auto& [key, item] : value.items())
        report_unknown(item);
}

void JsonReader::finish()
{
    // Only objects of the reader's own document are looked at: they are alive, and they are in
    // file order.
    if (m_unknown == UnknownFields::Report && m_document)
        report_unknown(*m_document);
    m_known.clear();
}

}  // namespace phare::content
