#pragma once
// Where the kiosk's own assets (fonts, pictograms, icons: assets/README.md) are read from.

#include <string>

namespace phare::sdl {

// $PHARE_ASSETS_DIR when set; else the source tree's assets/ when it is there (a development
// build); else the installed folder chosen at build time (CMake's PHARE_ASSETS_DIR,
// /usr/local/share/phare/assets by default). Never empty; the folder may not exist.
std::string assets_dir();

}  // namespace phare::sdl
