#include "core/ui/screens/screens.h"

namespace phare::ui::screens {

namespace {

// Four groups, each under its heading, so a visitor finds "bigger text" without reading eleven
// look-alike rows: voice speeds as a segmented control (one of three), sizes and colours as lists
// (each size's words are as large as it makes them), reading aids as switches. Sizes and colours preview themselves:
// each size's words are written at that size, each palette's words in its colours.
constexpr int choice_count = 11;

struct Choice {
    const char* id;
    const char* key;
    Action action;
    bool on;
    // A preview: the label at the size (text sizes) or in the colours (contrasts) it chooses.
    std::optional<TextSize> size;
    std::optional<Contrast> contrast;
};

ButtonSpec spec_of(Layout& layout, const Choice& choice, Role role, int index)
{
    const std::string label = layout.ui(choice.key);
    ButtonSpec spec;
    spec.id = choice.id;
    // The chosen one is filled and marked: never colour alone.
    spec.label = choice.on && role == Role::Button ? "✓ " + label : label;
    spec.spoken = layout.spoken_control(label, role == Role::Toggle ? "role.toggle" : "role.button", index, choice_count, choice.on);
    spec.action = choice.action;
    spec.selected = choice.on;
    spec.role = role;
    if (choice.size) {
        Modes modes;
        modes.text_size = *choice.size;
        spec.label_cap_mm = make_theme(modes).body_cap_mm;
    }
    if (choice.contrast) {
        Modes modes;
        modes.contrast = *choice.contrast;
        const Palette palette = make_theme(modes, layout.site().brand).palette;
        spec.colours = ButtonColours{palette.button, palette.button_text};
    }
    return spec;
}

void add_group(Layout& layout, std::vector<Block>& body, const char* id, const char* heading_key)
{
    body.push_back(layout.heading(id, layout.ui(heading_key), layout.theme().heading_cap_mm));
}

void add_one_of(Layout& layout, std::vector<Block>& body, const std::vector<Choice>& choices, int max_columns, int& index)
{
    std::vector<ButtonSpec> specs;
    for (const Choice& choice : choices)
        specs.push_back(spec_of(layout, choice, Role::Button, ++index));
    for (Block& row : layout.button_grid(specs, max_columns))
        body.push_back(std::move(row));
}

}  // namespace

Frame accessibility(Layout& layout)
{
    const Modes& modes = layout.state().modes;
    std::vector<Block> body;
    body.push_back(layout.heading("a11y.heading", layout.ui("a11y.heading"), layout.theme().title_cap_mm, false));
    int index = 0;
    add_group(layout, body, "a11y.group.size", "a11y.group_size");
    add_one_of(layout, body,
               {{"a11y.size.standard", "a11y.size_standard", SetTextSize{TextSize::Standard}, modes.text_size == TextSize::Standard,
                 TextSize::Standard},
                {"a11y.size.large", "a11y.size_large", SetTextSize{TextSize::Large}, modes.text_size == TextSize::Large, TextSize::Large},
                {"a11y.size.larger", "a11y.size_larger", SetTextSize{TextSize::Larger}, modes.text_size == TextSize::Larger, TextSize::Larger}},
               1, index);
    // The high-contrast choices toggle back to the usual colours when chosen again, so a visitor
    // who tried one by mistake undoes it where they did it.
    const bool dark = modes.contrast == Contrast::Dark;
    const bool light = modes.contrast == Contrast::Light;
    add_group(layout, body, "a11y.group.colours", "a11y.group_colours");
    add_one_of(layout, body,
               {{"a11y.contrast.standard", "a11y.contrast_standard", SetContrast{Contrast::Standard}, modes.contrast == Contrast::Standard,
                 std::nullopt, Contrast::Standard},
                {"a11y.contrast.dark", "a11y.contrast", SetContrast{dark ? Contrast::Standard : Contrast::Dark}, dark, std::nullopt, Contrast::Dark},
                {"a11y.contrast.light", "a11y.contrast_light", SetContrast{light ? Contrast::Standard : Contrast::Light}, light, std::nullopt,
                 Contrast::Light}},
               1, index);
    add_group(layout, body, "a11y.group.reading", "a11y.group_reading");
    for (const Choice& choice : {Choice{"a11y.easy", "a11y.easy_read", ToggleEasyRead{}, modes.easy_read},
                                 Choice{"a11y.speech", "a11y.speech", ToggleSpeech{}, modes.speech}})
        body.push_back(layout.switch_row(spec_of(layout, choice, Role::Toggle, ++index), choice.on));
    // Speech rate in three steps, one slower than the default.
    const int rate = layout.state().audio.rate_step;
    const int fastest = static_cast<int>(a11y::speech_rate_wpm.size()) - 1;
    add_group(layout, body, "a11y.group.rate", "a11y.group_rate");
    add_one_of(layout, body,
               {{"a11y.rate.slow", "a11y.rate_slow", SetSpeechRate{0}, rate == 0},
                {"a11y.rate.normal", "a11y.rate_normal", SetSpeechRate{a11y::default_rate_step}, rate == a11y::default_rate_step},
                {"a11y.rate.fast", "a11y.rate_fast", SetSpeechRate{fastest}, rate == fastest}},
               3, index);
    return layout.compose("accessibility", std::move(body), layout.ui("help.accessibility"));
}

}  // namespace phare::ui::screens
