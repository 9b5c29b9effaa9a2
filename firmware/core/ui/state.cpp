#include "core/ui/state.h"

namespace phare::ui {

State initial_state(const std::string& default_language, Modes modes, SessionPolicy policy)
{
    State state;
    state.lang = default_language;
    state.modes = modes;
    state.home = {default_language, modes};
    state.policy = policy;
    return state;
}

}  // namespace phare::ui
