#pragma once
// A kiosk UI on the tiny fixture site with fixed text metrics, driven by element ids, for tests
// of behaviour (not of looks).

#include "support/fixed_metrics.h"
#include "support/site_files.h"
#include "core/ui/kiosk_ui.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace phare::test {

inline const content::Site& tiny_site()
{
    static const content::Site site = *content::load_site(read_site("tests/fixtures/sites/tiny")).site;
    return site;
}

struct TestKiosk {
    explicit TestKiosk(ui::SessionPolicy policy = {})
        : ui(tiny_site(), ui::DeviceProfile{}, metrics, ui::initial_state(tiny_site().default_language, {}, policy))
    {
    }
    FixedMetrics metrics;
    ui::KioskUi ui;

    // Taps the middle of the element with this id (which must be on screen).
    ui::Effects tap(const std::string& id)
    {
        const ui::Element* e = ui.frame().find(id);
        REQUIRE(e);
        return ui.handle(ui::Tap{e->rect.x + e->rect.w / 2, e->rect.y + e->rect.h / 2});
    }
    ui::Effects key(ui::Key key) { return ui.handle(ui::KeyPress{key}); }
};

// A site of the repository that must load without error.
inline content::Site load_valid_site(const std::string& relative)
{
    auto loaded = content::load_site(read_site(relative));
    INFO(relative);
    REQUIRE(loaded.site);
    return *loaded.site;
}

// Every site folder of the repository: the examples and the test fixtures.
inline std::vector<std::string> all_sites()
{
    std::vector<std::string> sites;
    for (const char* parent : {"config/sites", "tests/fixtures/sites"})
        for (const auto& entry : std::filesystem::directory_iterator(source_path(parent)))
            if (std::filesystem::exists(entry.path() / "site.json"))
                sites.push_back(std::string(parent) + "/" + entry.path().filename().string());
    std::sort(sites.begin(), sites.end());
    return sites;
}

}  // namespace phare::test
