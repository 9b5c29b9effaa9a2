#pragma once
// Keeps the UI's wall-clock minute in step with the agents' status and the services' hours: the UI
// learns the local time only when a notice starts or ends, a day with a closure begins or ends, a
// service opens or closes or the day turns, and an SDL timer wakes the idle loop at exactly that
// minute (no polling, no redraw every minute).

#include <SDL.h>

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace phare::content {
struct Site;
}

namespace phare::app {

// "YYYY-MM-DDTHH:MM" now, in the kiosk's time zone.
std::string local_minute_now();
// Seconds from now until `local_minute` (which may say "T24:00"); negative if past; 0 if unreadable.
long long seconds_until(const std::string& local_minute);

class StatusClock {
public:
    // `pinned`: a fixed "YYYY-MM-DDTHH:MM" (scripts and tests); empty: the system clock.
    // `apply` hands a new minute to the UI.
    StatusClock(std::string pinned, std::function<void(const std::string&)> apply);
    ~StatusClock();
    StatusClock(const StatusClock&) = delete;
    StatusClock& operator=(const StatusClock&) = delete;

    // After every wake-up; `content_changed` forces the UI's minute to be refreshed.
    void refresh(const content::Site& site, bool content_changed);

private:
    std::string now() const;
    std::optional<std::string> next_change(const content::Site& site) const;
    void arm(long long seconds);

    std::string m_pinned;
    std::function<void(const std::string&)> m_apply;
    std::string m_applied;
    std::string m_armed_for;  // the boundary the timer is set for
    SDL_TimerID m_timer = 0;
    std::atomic<bool> m_fired{false};  // set by the timer thread
};

}  // namespace phare::app
