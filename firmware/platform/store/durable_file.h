#pragma once
// Files that survive a kill -9 or a power cut whole or not at all: write to "<name>.tmp", fsync,
// rename over <name>, fsync the folder. Used by the bundle store; POSIX only.

#include "core/error.h"

#include <string>
#include <string_view>

namespace phare::store {

inline constexpr std::string_view temporary_suffix = ".tmp";

// An error names the file it was writing.
Result<void> write_file_durably(const std::string& folder, const std::string& name, std::string_view bytes);

// fsync of a folder, so that a rename or an unlink inside it is on the card.
Result<void> sync_folder(const std::string& folder);

// The whole file; an error names the path, and its message the reason.
Result<std::string> read_whole_file(const std::string& path);

}  // namespace phare::store
