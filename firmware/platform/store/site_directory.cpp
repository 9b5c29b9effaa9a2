#include "platform/store/site_directory.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace phare::store {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t max_file_bytes = 32u * 1024u * 1024u;

}  // namespace

Result<content::SourceFiles> read_site_directory(const std::string& root)
{
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        return fail(root, "is not a folder (expected a site folder with site.json)");
    content::SourceFiles files;
    auto options = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(root, options, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& path = it->path();
        if (path.filename().string().starts_with(".")) {
            if (it->is_directory())
                it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file())
            continue;
        std::string relative = fs::relative(path, root).generic_string();
        if (it->file_size() > max_file_bytes)
            return fail(path.string(), "is larger than 32 MiB");
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in.good() && !in.eof())
            return fail(path.string(), "cannot be read");
        files.emplace(std::move(relative), std::move(bytes).str());
    }
    if (ec)
        return fail(root, "cannot be listed: " + ec.message());
    return files;
}

}  // namespace phare::store
