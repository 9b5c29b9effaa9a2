#include "core/ui/screens/screens.h"

namespace phare::ui::screens {

Frame languages(Layout& layout)
{
    std::vector<Block> body;
    body.push_back(layout.heading("languages.heading", layout.ui("welcome.language_heading"), layout.theme().title_cap_mm, false));
    // One language a row: in easy-read each is a separate, large choice.
    const auto& all = layout.site().languages;
    int index = 0;
    for (const content::Language& language : all) {
        ++index;
        const bool current = language.code == layout.lang();
        ButtonSpec spec;
        spec.id = "lang." + language.code;
        spec.label = language.name;
        // In its own language, its state too: one voice per utterance.
        spec.spoken = current ? layout.join(language.name, layout.site().ui("state.on", language.code), language.code) : language.name;
        spec.action = SetLanguage{language.code};
        spec.selected = current;
        spec.lang = language.code;
        spec.direction = language.direction;
        body.push_back(layout.button(spec));
    }
    return layout.compose("languages", std::move(body), layout.ui("help.welcome"));
}

}  // namespace phare::ui::screens
