#include "ui/state.h"

namespace phare::ui {

State initial_state(const std::string& default_language, Modes modes)
{
    State state;
    state.lang = default_language;
    state.modes = modes;
    return state;
}

}  // namespace phare::ui
