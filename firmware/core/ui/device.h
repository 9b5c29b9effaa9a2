#pragma once
// The physical screen the kiosk draws on. Sizes in the UI are in millimetres so that a capital H
// is as tall on a 15" panel as on a 32" one.

namespace phare::ui {

struct DeviceProfile {
    int width_px = 1080;
    int height_px = 1920;
    // A 21.5" 1080x1920 portrait panel: 476 mm tall for 1920 px.
    double px_per_mm = 4.03;

    int px(double mm) const { return static_cast<int>(mm * px_per_mm + 0.5); }
    double mm(int px) const { return px / px_per_mm; }
};

}  // namespace phare::ui
