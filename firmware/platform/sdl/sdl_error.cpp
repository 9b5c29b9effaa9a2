#include "platform/sdl/sdl_handles.h"

namespace phare::sdl {

std::string sdl_error(const char* what) { return std::string(what) + ": " + SDL_GetError(); }

}  // namespace phare::sdl
