#include "core/ui/screens/screens.h"

namespace phare::ui::screens {

namespace {

ButtonSpec choice(Layout& layout, const std::string& id, const char* key, Action action, bool on, Role role, int index, int count)
{
    std::string label = layout.ui(key);
    // The state is written, not only coloured.
    std::string shown = label + " (" + layout.ui(on ? "state.on" : "state.off") + ")";
    ButtonSpec spec;
    spec.id = id;
    spec.label = shown;
    spec.spoken = layout.spoken_control(label, role == Role::Toggle ? "role.toggle" : "role.button", index, count, on);
    spec.action = std::move(action);
    spec.selected = on;
    spec.role = role;
    return spec;
}

}  // namespace

Frame accessibility(Layout& layout)
{
    const Theme& theme = layout.theme();
    const Modes& modes = layout.state().modes;
    std::vector<Block> body;
    body.push_back(layout.heading("a11y.heading", layout.ui("a11y.heading"), theme.title_cap_mm, false));
    const int count = 10;
    int index = 0;
    struct SizeChoice {
        const char* id;
        const char* key;
        TextSize size;
    };
    for (const SizeChoice& size : {SizeChoice{"a11y.size.standard", "a11y.size_standard", TextSize::Standard},
                                   SizeChoice{"a11y.size.large", "a11y.size_large", TextSize::Large},
                                   SizeChoice{"a11y.size.larger", "a11y.size_larger", TextSize::Larger}})
        body.push_back(layout.button(choice(layout, size.id, size.key, SetTextSize{size.size}, modes.text_size == size.size,
                                            Role::Button, ++index, count)));
    const bool dark = modes.contrast == Contrast::Dark;
    const bool light = modes.contrast == Contrast::Light;
    body.push_back(layout.button(choice(layout, "a11y.contrast.dark", "a11y.contrast", SetContrast{dark ? Contrast::Standard : Contrast::Dark},
                                        dark, Role::Toggle, ++index, count)));
    body.push_back(layout.button(choice(layout, "a11y.contrast.light", "a11y.contrast_light",
                                        SetContrast{light ? Contrast::Standard : Contrast::Light}, light, Role::Toggle, ++index, count)));
    body.push_back(layout.button(
        choice(layout, "a11y.easy", "a11y.easy_read", ToggleEasyRead{}, modes.easy_read, Role::Toggle, ++index, count)));
    body.push_back(layout.button(
        choice(layout, "a11y.speech", "a11y.speech", ToggleSpeech{}, modes.speech, Role::Toggle, ++index, count)));
    // Speech rate in three steps, one slower than the default.
    const int rate = layout.state().audio.rate_step;
    struct RateChoice {
        const char* id;
        const char* key;
        int step;
    };
    for (const RateChoice& choice_of_rate : {RateChoice{"a11y.rate.slow", "a11y.rate_slow", 0},
                                             RateChoice{"a11y.rate.normal", "a11y.rate_normal", a11y::default_rate_step},
                                             RateChoice{"a11y.rate.fast", "a11y.rate_fast", static_cast<int>(a11y::speech_rate_wpm.size()) - 1}})
        body.push_back(layout.button(choice(layout, choice_of_rate.id, choice_of_rate.key,
                                            SetSpeechRate{choice_of_rate.step}, rate == choice_of_rate.step,
                                            Role::Button, ++index, count)));
    return layout.compose("accessibility", std::move(body), layout.ui("help.accessibility"));
}

}  // namespace phare::ui::screens
