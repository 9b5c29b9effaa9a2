#include "platform/store/bundle_store.h"

#include "core/bundle/bundle_path.h"
#include "platform/crypto/crypto.h"
#include "platform/store/durable_file.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>
#include <sstream>

namespace phare::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* pointer_name = "current";

std::string short_hash(std::string_view sha256) { return std::string(sha256.substr(0, 12)) + "…"; }

std::string manifest_name(int version) { return std::to_string(version) + ".json"; }

std::optional<int> parse_version(std::string_view text)
{
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1)
        return std::nullopt;
    return value;
}

struct Pointer {
    int version = 0;
    std::string etag;
};

std::string pointer_text(int version, std::string_view etag)
{
    return "manifest " + std::to_string(version) + "\netag " + std::string(etag) + "\n";
}

std::optional<Pointer> parse_pointer(const std::string& text)
{
    std::istringstream lines(text);
    std::string line;
    Pointer pointer;
    bool has_version = false;
    while (std::getline(lines, line)) {
        if (line.starts_with("manifest ")) {
            auto version = parse_version(std::string_view(line).substr(9));
            if (!version)
                return std::nullopt;
            pointer.version = *version;
            has_version = true;
        } else if (line.starts_with("etag ")) {
            pointer.etag = line.substr(5);
        }
    }
    if (!has_version)
        return std::nullopt;
    return pointer;
}

void remove_temporary_files(const std::string& folder)
{
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.path().filename().string().ends_with(temporary_suffix))
            fs::remove(entry.path(), ec);
    }
}

// The versions of the manifests kept in manifests/, highest first.
std::vector<int> stored_versions(const std::string& folder)
{
    std::vector<int> versions;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const auto name = entry.path().filename().string();
        if (name.ends_with(".json")) {
            if (auto version = parse_version(std::string_view(name).substr(0, name.size() - 5)))
                versions.push_back(*version);
        }
    }
    std::sort(versions.rbegin(), versions.rend());
    return versions;
}

std::optional<bundle::Manifest> read_manifest(const std::string& path)
{
    auto bytes = read_whole_file(path);
    if (!bytes)
        return std::nullopt;
    return bundle::parse_manifest(*bytes).manifest;
}

}  // namespace

BundleStore::BundleStore(std::string root) : m_root(std::move(root)) {}

Result<std::unique_ptr<BundleStore>> BundleStore::open(const std::string& state_dir)
{
    const std::string root = state_dir + "/content";
    for (const auto& folder : {root, root + "/blobs", root + "/manifests"}) {
        std::error_code ec;
        fs::create_directories(folder, ec);
        if (ec || !fs::is_directory(folder))
            return fail(folder, "cannot create the content folder: " + (ec ? ec.message() : std::string("a file is in the way")));
        remove_temporary_files(folder);
    }
    return std::unique_ptr<BundleStore>(new BundleStore(root));
}

std::string BundleStore::blob_path(std::string_view sha256) const { return m_root + "/blobs/" + std::string(sha256); }

Result<std::optional<StoredBundle>> BundleStore::current() const
{
    std::lock_guard lock(m_mutex);
    return current_locked();
}

Result<std::optional<StoredBundle>> BundleStore::current_locked() const
{
    const std::string pointer_path = m_root + "/" + pointer_name;
    std::error_code ec;
    if (!fs::exists(pointer_path, ec))
        return std::optional<StoredBundle>{};
    auto text = read_whole_file(pointer_path);
    if (!text)
        return tl::unexpected(text.error());
    auto pointer = parse_pointer(*text);
    if (!pointer)
        return fail(pointer_path, "the pointer to the current bundle is garbled (expected \"manifest <version>\")");
    const std::string manifest_path = m_root + "/manifests/" + manifest_name(pointer->version);
    auto bytes = read_whole_file(manifest_path);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto parsed = bundle::parse_manifest(*bytes);
    if (!parsed.manifest)
        return fail(manifest_path, "the manifest is damaged: " + content::describe(parsed.problems.front()));
    if (parsed.manifest->version != pointer->version)
        return fail(manifest_path, "the manifest holds version " + std::to_string(parsed.manifest->version) + ", not the " +
                                       std::to_string(pointer->version) + " that " + pointer_name + " names");
    StoredBundle stored{std::move(*parsed.manifest), std::move(*bytes), pointer->etag, true};
    for (const auto& file : stored.manifest.files)
        stored.complete = stored.complete && has_blob(file.sha256);
    return stored;
}

bool BundleStore::has_blob(std::string_view sha256) const
{
    std::error_code ec;
    return bundle::is_sha256_hex(sha256) && fs::is_regular_file(blob_path(sha256), ec);
}

Result<void> BundleStore::put_blob(std::string_view sha256, std::string_view bytes)
{
    if (!bundle::is_sha256_hex(sha256))
        return fail("\"" + std::string(sha256) + "\"", "not a blob name (64 lowercase hexadecimal digits)");
    const std::string actual = crypto::sha256_hex(bytes);
    if (actual != sha256)
        return fail("blob " + short_hash(sha256), "the bytes given have SHA-256 " + short_hash(actual));
    std::lock_guard lock(m_mutex);
    if (has_blob(sha256))
        return {};
    return write_file_durably(m_root + "/blobs", std::string(sha256), bytes);
}

Result<content::SourceFiles> BundleStore::read_files(const bundle::Manifest& manifest)
{
    std::lock_guard lock(m_mutex);
    content::SourceFiles files;
    for (const auto& file : manifest.files) {
        const std::string name = file.path + " (blob " + short_hash(file.sha256) + ")";
        if (!bundle::is_sha256_hex(file.sha256) || !has_blob(file.sha256))
            return fail(name, "the stored copy is missing");
        auto bytes = read_whole_file(blob_path(file.sha256));
        if (!bytes)
            return fail(name, "the stored copy cannot be read: " + describe(bytes.error()));
        if (bytes->size() != file.size || crypto::sha256_hex(*bytes) != file.sha256) {
            std::error_code ec;
            fs::remove(blob_path(file.sha256), ec);
            (void)sync_folder(m_root + "/blobs");
            return fail(name, "the stored copy is damaged (its size or SHA-256 does not match the manifest); it was deleted "
                              "and will be fetched again");
        }
        files.emplace(file.path, std::move(*bytes));
    }
    return files;
}

Result<void> BundleStore::commit(std::string_view manifest_bytes, const bundle::Manifest& manifest, std::string_view etag)
{
    if (manifest.version < 1)
        return fail("version " + std::to_string(manifest.version), "a bundle's version must be 1 or more");
    if (etag.find_first_of("\r\n") != std::string_view::npos)
        return fail("", "an ETag cannot hold a line break");
    std::lock_guard lock(m_mutex);
    for (const auto& file : manifest.files) {
        if (!has_blob(file.sha256))
            return fail(file.path, "its blob is not stored");
    }
    if (auto written = write_file_durably(m_root + "/manifests", manifest_name(manifest.version), manifest_bytes); !written)
        return written;
    // The switch: until this rename the old bundle is current, after it the new one.
    if (auto written = write_file_durably(m_root, pointer_name, pointer_text(manifest.version, etag)); !written)
        return written;
    collect_garbage(manifest.version);
    return {};
}

void BundleStore::collect_garbage(int current_version)
{
    const std::string manifests = m_root + "/manifests";
    std::set<int> kept{current_version};
    for (int version : stored_versions(manifests)) {
        if (version < current_version) {
            kept.insert(version);  // the previous bundle, kept for safety
            break;
        }
    }
    std::set<std::string, std::less<>> referenced;
    for (int version : kept) {
        if (auto manifest = read_manifest(manifests + "/" + manifest_name(version)))
            for (const auto& file : manifest->files)
                referenced.insert(file.sha256);
    }
    std::error_code ec;
    for (int version : stored_versions(manifests)) {
        if (!kept.contains(version))
            fs::remove(manifests + "/" + manifest_name(version), ec);
    }
    for (const auto& entry : fs::directory_iterator(m_root + "/blobs", ec)) {
        if (!referenced.contains(entry.path().filename().string()))
            fs::remove(entry.path(), ec);
    }
    (void)sync_folder(manifests);
    (void)sync_folder(m_root + "/blobs");
}

}  // namespace phare::store
