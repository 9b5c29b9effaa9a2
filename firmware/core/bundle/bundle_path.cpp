#include "core/bundle/bundle_path.h"

namespace phare::bundle {

namespace {

constexpr std::size_t max_path_bytes = 255;

bool is_segment_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

bool is_safe_segment(std::string_view segment)
{
    // A leading dot covers ".", ".." and hidden files at once.
    if (segment.empty() || segment.front() == '.')
        return false;
    for (char c : segment)
        if (!is_segment_char(c))
            return false;
    return true;
}

}  // namespace

bool is_safe_path(std::string_view path)
{
    if (path.empty() || path.size() > max_path_bytes)
        return false;
    std::size_t start = 0;
    while (true) {
        std::size_t slash = path.find('/', start);
        std::string_view segment = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (!is_safe_segment(segment))
            return false;
        if (slash == std::string_view::npos)
            return true;
        start = slash + 1;
    }
}

bool is_lower_hex(std::string_view text, std::size_t length)
{
    if (text.size() != length)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

bool is_sha256_hex(std::string_view text) { return is_lower_hex(text, 64); }

}  // namespace phare::bundle
