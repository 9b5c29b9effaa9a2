#include "core/ui/render.h"

#include "core/i18n/speech_text.h"
#include "core/ui/layout.h"
#include "core/ui/screens/screens.h"
#include "core/ui/theme.h"

namespace phare::ui {

namespace {

Frame render_screen(const State& state, const content::Site& site, const DeviceProfile& device, TextMetrics& metrics)
{
    const Theme theme = make_theme(state.modes, site.brand);
    Layout layout(site, state, theme, device, metrics);
    switch (state.place.screen) {
    case ScreenId::Welcome: return screens::welcome(layout);
    case ScreenId::Service: return screens::service(layout);
    case ScreenId::Accessibility: return screens::accessibility(layout);
    case ScreenId::Languages: return screens::languages(layout);
    case ScreenId::Feedback: return screens::feedback(layout);
    case ScreenId::Directions: return screens::directions(layout);
    case ScreenId::Map: return screens::map(layout);
    case ScreenId::Maintenance: return screens::maintenance(layout);
    case ScreenId::Queue: return screens::queue(layout);
    case ScreenId::Ticket: return screens::ticket(layout);
    }
    return screens::welcome(layout);
}

}  // namespace

Frame render(const State& state, const content::Site& site, const DeviceProfile& device, TextMetrics& metrics)
{
    Frame frame = render_screen(state, site, device, metrics);
    // Every screen's spoken labels go through the one speech preparation, in each element's own
    // language, so what is said says what is shown ("-1" heard "moins un", not "un").
    for (Element& e : frame.elements) {
        e.spoken = i18n::speech_text(e.spoken, e.lang);
        e.intro = i18n::speech_text(e.intro, e.intro_lang);
    }
    return frame;
}

}  // namespace phare::ui
