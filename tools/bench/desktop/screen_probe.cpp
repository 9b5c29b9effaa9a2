#include "screen_probe.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>

#include <algorithm>
#include <poll.h>
#include <stdexcept>
#include <time.h>

namespace phare::bench {

std::int64_t now_us()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t{now.tv_sec} * 1'000'000 + now.tv_nsec / 1000;  // 64-bit even where time_t is 32
}

ScreenProbe::ScreenProbe(const std::string& display_name)
{
    m_display = XOpenDisplay(display_name.empty() ? nullptr : display_name.c_str());
    if (!m_display)
        throw std::runtime_error("cannot open the X display " + display_name);
    int error_base = 0;
    int xtest_event = 0;
    int xtest_error = 0;
    int major = 0;
    int minor = 0;
    if (!XDamageQueryExtension(m_display, &m_damage_event_base, &error_base))
        throw std::runtime_error("the X server has no DAMAGE extension");
    if (!XTestQueryExtension(m_display, &xtest_event, &xtest_error, &major, &minor))
        throw std::runtime_error("the X server has no XTEST extension");
    // Non-empty reports: one event, then nothing until we subtract, so a burst of drawing costs
    // one round trip, and the first event of a frame is what we time.
    m_damage = XDamageCreate(m_display, DefaultRootWindow(m_display), XDamageReportNonEmpty);
    XSync(m_display, False);
}

ScreenProbe::~ScreenProbe()
{
    if (m_damage)
        XDamageDestroy(m_display, m_damage);
    XCloseDisplay(m_display);
}

std::optional<std::int64_t> ScreenProbe::next_damage(std::int64_t deadline_us)
{
    for (;;) {
        while (XPending(m_display)) {
            XEvent event;
            XNextEvent(m_display, &event);
            if (event.type == m_damage_event_base + XDamageNotify) {
                const std::int64_t at = now_us();
                XDamageSubtract(m_display, m_damage, None, None);
                XFlush(m_display);
                return at;
            }
        }
        const std::int64_t left_us = deadline_us - now_us();
        if (left_us <= 0)
            return std::nullopt;
        pollfd fd{ConnectionNumber(m_display), POLLIN, 0};
        poll(&fd, 1, static_cast<int>((left_us + 999) / 1000));
    }
}

void ScreenProbe::wait_quiet(int quiet_ms, std::int64_t deadline_us)
{
    while (now_us() < deadline_us)
        if (!next_damage(std::min<std::int64_t>(deadline_us, now_us() + std::int64_t{quiet_ms} * 1000)))
            return;
}

std::uint32_t ScreenProbe::pixel(int x, int y)
{
    XImage* image = XGetImage(m_display, DefaultRootWindow(m_display), x, y, 1, 1, AllPlanes, ZPixmap);
    if (!image)
        return 0;
    const unsigned long value = XGetPixel(image, 0, 0);
    XDestroyImage(image);
    return static_cast<std::uint32_t>(value & 0xFFFFFF);
}

void ScreenProbe::tap_key(const std::string& keysym_name)
{
    const KeySym sym = XStringToKeysym(keysym_name.c_str());
    const KeyCode code = sym == NoSymbol ? 0 : XKeysymToKeycode(m_display, sym);
    if (code == 0)
        throw std::runtime_error("no key " + keysym_name + " on this X server");
    XTestFakeKeyEvent(m_display, code, True, CurrentTime);
    XTestFakeKeyEvent(m_display, code, False, CurrentTime);
    XFlush(m_display);
}

int ScreenProbe::width() const { return DisplayWidth(m_display, DefaultScreen(m_display)); }
int ScreenProbe::height() const { return DisplayHeight(m_display, DefaultScreen(m_display)); }

}  // namespace phare::bench
