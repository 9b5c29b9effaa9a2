#pragma once
// Reads a site folder from disk into SourceFiles, for core to parse.

#include "core/content/source_files.h"
#include "core/error.h"

#include <string>

namespace phare::store {

// Every regular file below `root` (hidden files skipped), keyed by its relative path with '/'.
// Fails if the folder cannot be listed or one of its files cannot be read (reported, not skipped);
// the error names that folder or file by a path that starts with `root`.
Result<content::SourceFiles> read_site_directory(const std::string& root);

}  // namespace phare::store
