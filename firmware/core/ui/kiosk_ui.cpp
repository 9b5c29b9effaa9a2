#include "ui/kiosk_ui.h"

#include "ui/reduce.h"
#include "ui/render.h"
#include "ui/session.h"

namespace phare::ui {

namespace {

bool same_view(const State& a, const State& b)
{
    return a.place == b.place && a.lang == b.lang && a.modes == b.modes && a.focus == b.focus && a.help_open == b.help_open &&
           a.timeout_warning == b.timeout_warning;
}

}  // namespace

KioskUi::KioskUi(const content::Site& site, DeviceProfile device, TextMetrics& metrics, State initial)
    : m_site(site), m_device(device), m_metrics(metrics), m_state(std::move(initial))
{
    rerender();
}

Effects KioskUi::handle(const Input& input)
{
    Update update = reduce(m_state, input, m_frame);
    const bool changed = !same_view(m_state, update.state);
    const bool screen_changed = m_state.place != update.state.place || m_state.help_open != update.state.help_open ||
                                m_state.timeout_warning != update.state.timeout_warning;
    m_state = std::move(update.state);
    if (!changed)
        return std::move(update.effects);
    rerender();
    // A keypad user lands on the first item of a new screen and hears it.
    if (m_state.keypad && (screen_changed || !m_frame.find(m_state.focus))) {
        auto order = m_frame.focus_order();
        if (!order.empty()) {
            m_state.focus = order.front()->id;
            rerender();
            if (!order.front()->spoken.empty())
                update.effects.push_back(Speak{m_frame.find(m_state.focus)->spoken, m_frame.find(m_state.focus)->lang, Interrupt::No});
        }
    }
    return std::move(update.effects);
}

std::optional<std::int64_t> KioskUi::next_deadline() const { return next_session_deadline(m_state); }

void KioskUi::rerender()
{
    m_frame = render(m_state, m_site, m_device, m_metrics);
    ++m_version;
}

}  // namespace phare::ui
