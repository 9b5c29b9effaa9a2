#include "app/status_clock.h"

#include "core/bundle/status_now.h"
#include "core/content/open_now.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace phare::app {

namespace {

// Pushes an event that wakes SDL_WaitEvent; the loop's housekeeping does the rest.
Uint32 wake_once(Uint32, void* fired)
{
    static_cast<std::atomic<bool>*>(fired)->store(true);
    SDL_Event event{};
    event.type = SDL_USEREVENT;
    SDL_PushEvent(&event);
    return 0;
}

}  // namespace

std::string local_minute_now()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M", &local);
    return text;
}

long long seconds_until(const std::string& local_minute)
{
    std::tm when{};
    if (std::sscanf(local_minute.c_str(), "%4d-%2d-%2dT%2d:%2d", &when.tm_year, &when.tm_mon, &when.tm_mday, &when.tm_hour, &when.tm_min) != 5)
        return 0;
    when.tm_year -= 1900;
    when.tm_mon -= 1;
    when.tm_isdst = -1;  // mktime works out summer time, and normalises "24:00" to the next day
    const std::time_t target = std::mktime(&when);
    return target == static_cast<std::time_t>(-1) ? 0 : static_cast<long long>(std::difftime(target, std::time(nullptr)));
}

StatusClock::StatusClock(std::string pinned, std::function<void(const std::string&)> apply)
    : m_pinned(std::move(pinned)), m_apply(std::move(apply))
{
}

StatusClock::~StatusClock()
{
    if (m_timer)
        SDL_RemoveTimer(m_timer);
}

std::string StatusClock::now() const { return m_pinned.empty() ? local_minute_now() : m_pinned; }

std::optional<std::string> StatusClock::next_change(const content::Site& site) const
{
    std::optional<std::string> due = bundle::next_status_change(site.status, m_applied);
    // The service pages' "open now" changes when a service opens or closes, and at midnight.
    if (auto hours = content::next_hours_change(site.services, m_applied); hours && (!due || *hours < *due))
        due = hours;
    return due;
}

void StatusClock::refresh(const content::Site& site, bool content_changed)
{
    const std::string minute = now();
    auto due = next_change(site);
    if (m_applied.empty() || content_changed || (due && minute >= *due)) {
        m_applied = minute;
        m_apply(minute);
        due = next_change(site);
    }
    // Re-armed when the boundary moves, or when the timer fired a little before the minute turned.
    if (m_pinned.empty() && due && (*due != m_armed_for || m_fired.exchange(false))) {
        m_armed_for = *due;
        arm(seconds_until(*due));
    }
}

void StatusClock::arm(long long seconds)
{
    if (m_timer)
        SDL_RemoveTimer(m_timer);
    // One second past the boundary so the minute has surely turned; SDL timers take milliseconds.
    const long long ms = std::clamp<long long>(seconds + 1, 1, 24LL * 3600) * 1000;
    m_timer = SDL_AddTimer(static_cast<Uint32>(ms), wake_once, &m_fired);
}

}  // namespace phare::app
