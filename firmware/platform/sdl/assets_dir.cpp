#include "platform/sdl/assets_dir.h"

#include <cstdlib>
#include <filesystem>

namespace phare::sdl {

std::string assets_dir()
{
    if (const char* chosen = std::getenv("PHARE_ASSETS_DIR"); chosen && *chosen)
        return chosen;
    // A kiosk runs from its install; a developer's build finds the files it was built from.
    if (std::filesystem::is_directory(PHARE_SOURCE_ASSETS_DIR))
        return PHARE_SOURCE_ASSETS_DIR;
    return PHARE_INSTALLED_ASSETS_DIR;
}

}  // namespace phare::sdl
