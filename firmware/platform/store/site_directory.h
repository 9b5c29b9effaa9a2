#pragma once
// Reads a site folder from disk into SourceFiles, for core to parse.

#include "core/content/source_files.h"

#include <optional>
#include <string>

namespace phare::store {

struct ReadError {
    std::string path;
    std::string message;
};

// Every regular file below `root` (hidden files skipped), keyed by its relative path with '/'.
// Fails only if the folder itself cannot be read; unreadable files are reported, not skipped.
std::optional<content::SourceFiles> read_site_directory(const std::string& root, ReadError& error);

}  // namespace phare::store
