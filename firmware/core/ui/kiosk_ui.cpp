#include "core/ui/kiosk_ui.h"

#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "core/ui/session.h"

namespace phare::ui {

namespace {

// Only the page changed: the visitor turned a page of the same screen.
bool page_turned(const State& before, const State& after)
{
    Place other_page = after.place;
    other_page.page = before.place.page;
    return before.place.page != after.place.page && other_page == before.place && before.help_open == after.help_open &&
           before.timeout_warning == after.timeout_warning && before.feedback.step == after.feedback.step &&
           before.help_layer == after.help_layer;
}
// Whether the board's numbers are shown as current changes with time alone (two minutes without
// news), so it is part of what is on screen.
bool queue_shown_live(const State& s) { return sync::is_live(s.queue, s.now_ms); }

bool same_view(const State& a, const State& b)
{
    return a.place == b.place && a.lang == b.lang && a.modes == b.modes && a.focus == b.focus && a.help_open == b.help_open &&
           a.timeout_warning == b.timeout_warning && a.audio == b.audio && a.feedback == b.feedback && a.help_layer == b.help_layer &&
           a.caption == b.caption && a.idle_hint_given == b.idle_hint_given && a.queue == b.queue && a.ticket == b.ticket &&
           queue_shown_live(a) == queue_shown_live(b);
}

}  // namespace

KioskUi::KioskUi(const content::Site& site, DeviceProfile device, TextMetrics& metrics, State initial)
    : m_site(&site), m_device(device), m_metrics(metrics), m_state(std::move(initial))
{
    rerender();
}

Effects KioskUi::handle(const Input& input)
{
    Update update = reduce(m_state, input, m_frame, *m_site);
    const bool changed = !same_view(m_state, update.state);
    const bool screen_changed = m_state.place != update.state.place || m_state.help_open != update.state.help_open ||
                                m_state.timeout_warning != update.state.timeout_warning ||
                                m_state.feedback.step != update.state.feedback.step || m_state.help_layer != update.state.help_layer ||
                                m_state.ticket.step != update.state.ticket.step;
    const Element* before = m_state.focus.empty() ? nullptr : m_frame.find(m_state.focus);
    const std::string spoken_before = before ? before->spoken : std::string();
    const std::string focus_before = m_state.focus;
    const bool turned = page_turned(m_state, update.state);
    m_state = std::move(update.state);
    if (!changed) {
        show_caption(update.effects);
        return std::move(update.effects);
    }
    rerender();
    const bool guided = m_state.keypad || m_state.modes.speech;
    // The queue's news redraws the board; it is announced by its own effects, not re-read here.
    const bool news = std::holds_alternative<QueueSnapshotIn>(input) || std::holds_alternative<QueueEventIn>(input) ||
                      std::holds_alternative<QueueReach>(input);
    if (news) {
        show_caption(update.effects);
        return std::move(update.effects);
    }
    if (!guided) {
        m_state.caption.clear();
        return std::move(update.effects);
    }
    const bool page_announced = turned && announce_page(update.effects);  // "Page 2 sur 3", then its first item
    if (page_announced) {
        // a keypad visitor is on the page's first item
    } else if (screen_changed || (m_state.keypad && !m_frame.find(m_state.focus))) {
        // A new screen is announced from its first heading; a keypad visitor lands there.
        if (const Element* landing = landing_item(m_frame)) {
            const std::string id = landing->id;
            if (m_state.keypad) {
                m_state.focus = id;
                rerender();
            }
            speak_element(update.effects, *m_frame.find(id), Interrupt::No);
        }
    } else if (!m_state.focus.empty() && m_state.focus == focus_before) {
        // The focused control changed under the visitor (a toggle, a language): say its new state.
        const Element* after = m_frame.find(m_state.focus);
        if (after && after->spoken != spoken_before)
            speak_element(update.effects, *after, Interrupt::No);
    }
    show_caption(update.effects);
    return std::move(update.effects);
}

bool KioskUi::announce_page(Effects& effects)
{
    // The caption shows what is said and takes room from the body, so saying the page can move
    // the page's break: say it again from the page as it then is (it settles at once in practice).
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Element* indicator = m_frame.find("page.indicator");
        if (!indicator || m_frame.page_start.empty())
            return false;
        const std::string first = m_frame.page_start;
        const std::string page = indicator->text;
        if (m_state.keypad && m_state.focus != first) {
            m_state.focus = first;
            rerender();
        }
        const Element* shown_page = m_frame.find("page.indicator");
        const Element* item = m_frame.find(first);
        if (!shown_page || !item)
            return false;
        Effects said = effects;
        speak_element(said, *shown_page, Interrupt::No);
        speak_element(said, *item, Interrupt::No);
        show_caption(said);
        const Element* now = m_frame.find("page.indicator");
        if ((now && now->text == page && m_frame.page_start == first) || attempt == 2) {
            effects = std::move(said);
            if (m_state.keypad)
                m_state.focus = first;
            return true;
        }
    }
    return false;
}

void KioskUi::show_caption(const Effects& effects)
{
    std::string said;
    for (const Effect& effect : effects)
        if (const auto* speak = std::get_if<Speak>(&effect)) {
            if (speak->interrupt == Interrupt::Yes)
                said.clear();
            said += (said.empty() ? "" : " ") + speak->text;
        }
    if (said.empty() || !m_state.modes.speech || said == m_state.caption)
        return;
    m_state.caption = std::move(said);
    rerender();
}

void KioskUi::replace_site(const content::Site& site)
{
    m_site = &site;
    const bool service_gone = !m_state.place.service.empty() && !site.find_service(m_state.place.service);
    const bool language_gone = !site.find_language(m_state.lang);
    if (service_gone || language_gone) {
        m_state = reset_session(m_state);
        if (language_gone)
            m_state.lang = m_state.home.lang = site.default_language;
    }
    rerender();
}

void KioskUi::set_local_time(std::string local_time)
{
    if (local_time == m_state.local_time)
        return;
    m_state.local_time = std::move(local_time);
    rerender();
}

void KioskUi::set_maintenance(MaintenanceInfo info)
{
    if (info == m_state.maintenance)
        return;
    m_state.maintenance = std::move(info);
    if (m_state.place.screen == ScreenId::Maintenance)
        rerender();
}

std::optional<std::int64_t> KioskUi::next_deadline() const
{
    auto deadline = next_session_deadline(m_state);
    if (m_state.board_role) {
        const std::int64_t turn = m_state.board_page_since_ms + board_page_ms;
        deadline = deadline ? std::min(*deadline, turn) : turn;
    }
    // A live board turns "not current" on its own after two minutes without news: wake then.
    if (sync::is_live(m_state.queue, m_state.now_ms)) {
        const std::int64_t stale = m_state.queue.confirmed_ms + sync::queue_stale_after_ms + 1;
        deadline = deadline ? std::min(*deadline, stale) : stale;
    }
    return deadline;
}

void KioskUi::rerender()
{
    m_frame = render(m_state, *m_site, m_device, m_metrics);
    ++m_version;
}

}  // namespace phare::ui
