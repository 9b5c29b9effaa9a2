#pragma once
// The kiosk's configuration file (TOML, documented in config/kiosk.example.toml): which kiosk
// this is, its site, its hub and keys, its screen. Options on the command line override it.

#include "app/options.h"
#include "core/error.h"

#include <string>
#include <string_view>

namespace phare::app {

// Reads `path` into `options`. An error's `where` is the file, with the line and column when there
// is one ("kiosk.toml:7:1"), and its message what is wrong ("hub.poll_interval_s must be a whole
// number from 10 to 86400"). Relative paths in the file are taken from the file's own folder.
Result<void> apply_config_file(const std::string& path, Options& options);
// The same for the file's text, read elsewhere; `path` names it in messages and anchors relative paths.
Result<void> apply_config_text(std::string_view text, const std::string& path, Options& options);

}  // namespace phare::app
