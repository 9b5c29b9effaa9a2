#include "core/bundle/manifest.h"

#include "core/bundle/bundle_path.h"
#include "core/content/json_reader.h"

#include <algorithm>
#include <set>

namespace phare::bundle {

namespace {

using content::Json;
using content::JsonReader;
using content::Presence;

constexpr std::size_t max_files = 10000;
constexpr std::uint64_t max_file_bytes = 32u * 1024u * 1024u;
constexpr std::size_t key_id_digits = 16;
constexpr std::size_t signature_digits = 128;

Json unsigned_fields(const Manifest& manifest)
{
    Json files = Json::array();
    for (const auto& file : manifest.files)
        files.push_back(Json{{"path", file.path}, {"sha256", file.sha256}, {"size", file.size}});
    return Json{{"format", manifest_format}, {"site", manifest.site}, {"version", manifest.version},
                {"key_id", manifest.key_id}, {"files", std::move(files)}};
}

std::string dump(const Json& json)
{
    // nlohmann's default object is a std::map: keys come out sorted. ASCII-only output keeps the
    // bytes independent of how a peer chooses to escape.
    return json.dump(-1, ' ', true);
}

// Sizes go past JsonReader::integer's range (a floor plan can weigh megabytes).
std::optional<std::uint64_t> parse_size(JsonReader& reader, const Json& item, const std::string& at)
{
    auto it = item.find("size");
    if (it == item.end()) {
        reader.error(content::pointer(at, "size"), "missing (a whole number of bytes)");
        return std::nullopt;
    }
    if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<long long>() >= 0)) {
        reader.error(content::pointer(at, "size"), "must be a whole number of bytes, 0 or more");
        return std::nullopt;
    }
    auto size = it->get<std::uint64_t>();
    if (size > max_file_bytes) {
        reader.error(content::pointer(at, "size"), "is larger than 32 MiB");
        return std::nullopt;
    }
    return size;
}

std::optional<FileEntry> parse_file(JsonReader& reader, const Json& item, const std::string& at)
{
    if (!item.is_object()) {
        reader.error(at, "must be an object with path, sha256 and size");
        return std::nullopt;
    }
    auto path = reader.string(item, "path", at, Presence::Required);
    auto sha256 = reader.string(item, "sha256", at, Presence::Required);
    auto size = parse_size(reader, item, at);
    bool ok = path && sha256 && size;
    if (path && !is_safe_path(*path)) {
        reader.error(content::pointer(at, "path"), "\"" + *path + "\" is not a safe relative path");
        ok = false;
    }
    if (sha256 && !is_sha256_hex(*sha256)) {
        reader.error(content::pointer(at, "sha256"), "must be 64 lowercase hexadecimal digits");
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return FileEntry{*path, *sha256, *size};
}

std::vector<FileEntry> parse_files(JsonReader& reader, const Json& root)
{
    std::vector<FileEntry> files;
    const Json* list = reader.array(root, "files", "", Presence::Required);
    if (!list)
        return files;
    if (list->empty() || list->size() > max_files)
        reader.error("/files", "must list between 1 and 10000 files");
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string at = content::pointer("/files", i);
        auto file = parse_file(reader, (*list)[i], at);
        if (!file)
            continue;
        if (!seen.insert(file->path).second)
            reader.error(content::pointer(at, "path"), "duplicate path \"" + file->path + "\"");
        files.push_back(std::move(*file));
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return files;
}

void check_header(JsonReader& reader, const Json& root, Manifest& manifest)
{
    auto format = reader.integer(root, "format", "", Presence::Required);
    if (format && *format != manifest_format)
        reader.error("/format", "unsupported manifest format " + std::to_string(*format) + " (expected 1)");
    if (auto site = reader.id(root, "site", ""))
        manifest.site = *site;
    if (auto version = reader.integer(root, "version", "", Presence::Required)) {
        if (*version < 1)
            reader.error("/version", "must be 1 or more");
        manifest.version = *version;
    }
    if (auto key_id = reader.string(root, "key_id", "", Presence::Required)) {
        if (!is_lower_hex(*key_id, key_id_digits))
            reader.error("/key_id", "must be 16 lowercase hexadecimal digits");
        manifest.key_id = *key_id;
    }
    if (auto signature = reader.string(root, "signature", "", Presence::Required)) {
        if (!is_lower_hex(*signature, signature_digits))
            reader.error("/signature", "must be 128 lowercase hexadecimal digits");
        manifest.signature = *signature;
    }
}

}  // namespace

const FileEntry* Manifest::find(std::string_view path) const
{
    for (const auto& file : files)
        if (file.path == path)
            return &file;
    return nullptr;
}

std::string canonical_bytes(const Manifest& manifest)
{
    Manifest sorted = manifest;
    std::sort(sorted.files.begin(), sorted.files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return dump(unsigned_fields(sorted));
}

std::string to_json(const Manifest& manifest)
{
    Json json = Json::parse(canonical_bytes(manifest));
    json["signature"] = manifest.signature;
    return dump(json);
}

ParsedManifest parse_manifest(std::string_view bytes)
{
    ParsedManifest result;
    // A newer hub may add fields to the manifest that this kiosk can ignore.
    JsonReader reader("manifest.json", result.problems, content::UnknownFields::Ignore);
    auto root = reader.parse_object(bytes);
    if (!root)
        return result;
    Manifest manifest;
    check_header(reader, *root, manifest);
    manifest.files = parse_files(reader, *root);
    if (!content::has_errors(result.problems))
        result.manifest = std::move(manifest);
    return result;
}

}  // namespace phare::bundle
