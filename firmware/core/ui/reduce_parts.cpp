#include "core/ui/reduce_parts.h"

#include "core/i18n/speech_text.h"

namespace phare::ui {

void go_to(State& state, Place place)
{
    state.history.push_back(state.place);
    state.place = std::move(place);
    state.help_open = false;
}

void say(Effects& effects, std::string text, const std::string& lang, Interrupt interrupt)
{
    // Labels from a Frame are already prepared; hints and announcements built here are not.
    if (!text.empty())
        effects.push_back(Speak{i18n::speech_text(text, lang), lang, interrupt});
}

const Element* current_item(const State& state, const Frame& frame)
{
    return state.focus.empty() ? nullptr : frame.find(state.focus);
}

Update activate(const State& state, const Element& element)
{
    return Update{ui::apply(state, *element.action), {StopSpeech{}, PlayEarcon{Earcon::Select}}};
}

void speak_element(Effects& effects, const Element& element, Interrupt interrupt)
{
    if (!element.intro.empty()) {
        say(effects, element.intro, element.intro_lang, interrupt);
        interrupt = Interrupt::No;
    }
    say(effects, element.spoken, element.lang, interrupt);
}

const Element* landing_item(const Frame& frame)
{
    // A new screen is announced from its first heading, the way a sighted visitor reads it.
    for (const Element& element : frame.elements)
        if (element.role == Role::Heading && !element.spoken.empty())
            return &element;
    auto order = frame.reading_order();
    return order.empty() ? nullptr : order.front();
}

}  // namespace phare::ui
