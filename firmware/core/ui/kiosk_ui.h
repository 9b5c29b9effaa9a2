#pragma once
// The kiosk's UI as one object: the session State, the Frame on screen, and the loop between them
// (input -> reduce -> render). Still pure core: it owns no window, no clock and no speaker; the app
// feeds it inputs and carries out the effects it returns.

#include "core/content/site.h"
#include "core/ui/device.h"
#include "core/ui/effect.h"
#include "core/ui/frame.h"
#include "core/ui/input.h"
#include "core/ui/state.h"
#include "core/ui/text_metrics.h"

#include <cstdint>
#include <optional>

namespace phare::ui {

class KioskUi {
public:
    KioskUi(const content::Site& site, DeviceProfile device, TextMetrics& metrics, State initial);

    Effects handle(const Input& input);

    // New content from the hub. The caller keeps `site` alive and chooses the moment (between
    // visitors, or at once for an urgent notice); a service the visitor was looking at that no
    // longer exists sends them to the welcome screen rather than to an empty page.
    void replace_site(const content::Site& site);
    // The wall clock crossed a minute at which the agents' status changes ("YYYY-MM-DDTHH:MM").
    void set_local_time(std::string local_time);
    // The network worker's news for the maintenance screen (redrawn only if it is showing).
    void set_maintenance(MaintenanceInfo info);

    const State& state() const { return m_state; }
    const Frame& frame() const { return m_frame; }
    // When the app must send a Tick even if nothing happens (session timers); nullopt: never.
    std::optional<std::int64_t> next_deadline() const;
    // Increases each time the frame changes, so the painter can skip unchanged frames.
    unsigned frame_version() const { return m_version; }

private:
    void rerender();
    void show_caption(const Effects& effects);
    // After a page turn: the new page's number and its first item, not the screen's heading again.
    bool announce_page(Effects& effects);

    const content::Site* m_site;
    DeviceProfile m_device;
    TextMetrics& m_metrics;
    State m_state;
    Frame m_frame;
    unsigned m_version = 0;
};

}  // namespace phare::ui
