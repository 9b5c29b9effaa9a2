// New content from the hub reaches the screen between visitors, never under someone's finger,
// unless it brings an urgent notice; a visitor on a page that no longer exists lands on welcome.

#include "app/live_content.h"
#include "core/bundle/bundle_site.h"
#include "core/bundle/site_status.h"
#include "support/test_kiosk.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

// The tiny site as a bundle, optionally with the agents' status.json.
std::unique_ptr<app::LiveContent> content_of(int version, const std::string& status_json = {})
{
    content::SourceFiles files = test::read_site("tests/fixtures/sites/tiny");
    if (!status_json.empty())
        files["status.json"] = status_json;
    content::LoadedSite loaded = bundle::load_bundle_site(files);
    REQUIRE(loaded.site);
    auto live = app::make_live_content(std::move(files), std::move(*loaded.site), version, "bundle " + std::to_string(version), {});
    REQUIRE(live);
    return std::move(*live);
}

const std::string urgent = R"({"format":1,"notices":[{"id":"alerte","level":"urgent","starts":"2026-01-01T00:00",
  "ends":"2027-01-01T00:00","text":{"fr":"Évacuation en cours","ar":"إخلاء جار"}}]})";
const std::string normal = R"({"format":1,"notices":[{"id":"info","level":"normal","starts":"2026-01-01T00:00",
  "ends":"2027-01-01T00:00","text":{"fr":"Travaux au 1er étage","ar":"أشغال في الطابق الأول"}}]})";

struct Switching {
    std::vector<int> shown;  // versions apply() was called with
    app::ContentSwitcher switcher{content_of(1), [this](const app::LiveContent& next) { shown.push_back(next.version); }};
};

}  // namespace

TEST_CASE("content for a kiosk its site does not have is refused, naming where it came from", "[app]")
{
    content::SourceFiles files = test::read_site("tests/fixtures/sites/tiny");
    content::LoadedSite loaded = bundle::load_bundle_site(files);
    REQUIRE(loaded.site);
    auto live = app::make_live_content(std::move(files), std::move(*loaded.site), 4, "bundle 4", "nowhere");
    REQUIRE_FALSE(live);
    CHECK(live.error().where == "bundle 4");
    CHECK(live.error().message == "the site has no kiosk \"nowhere\"");
}

TEST_CASE("new content waits for the visitor to finish, then shows")
{
    Switching s;
    CHECK_FALSE(s.switcher.switch_if_due(false));  // nothing offered
    s.switcher.offer(content_of(2, normal));
    CHECK(s.switcher.has_pending());
    CHECK_FALSE(s.switcher.switch_if_due(true));  // someone is using the kiosk
    CHECK(s.shown.empty());
    CHECK(s.switcher.current().version == 1);
    CHECK(s.switcher.switch_if_due(false));  // the session ended
    CHECK(s.shown == std::vector<int>{2});
    CHECK(s.switcher.current().version == 2);
    CHECK_FALSE(s.switcher.has_pending());
}

TEST_CASE("a newer offer replaces one not yet shown")
{
    Switching s;
    s.switcher.offer(content_of(2));
    s.switcher.offer(content_of(3));
    CHECK(s.switcher.switch_if_due(false));
    CHECK(s.shown == std::vector<int>{3});
}

TEST_CASE("a new urgent notice is shown at once, even to a visitor in the middle of a session")
{
    Switching s;
    s.switcher.offer(content_of(2, urgent));
    CHECK(s.switcher.switch_if_due(true));
    CHECK(s.shown == std::vector<int>{2});
    // The same urgent notice again (another change made alongside it) waits like any change.
    s.switcher.offer(content_of(3, urgent));
    CHECK_FALSE(s.switcher.switch_if_due(true));
    CHECK(s.switcher.switch_if_due(false));
    CHECK(s.shown == std::vector<int>{2, 3});
}

TEST_CASE("a visitor on a service that the new content no longer has goes back to welcome")
{
    test::TestKiosk kiosk;
    kiosk.tap("service.permis");
    REQUIRE(kiosk.ui.state().place.screen == ui::ScreenId::Service);
    auto smaller = test::with_json(test::read_site("tests/fixtures/sites/tiny"), "services.json", [](nlohmann::json& json) {
        auto& services = json["services"];
        services.erase(std::remove_if(services.begin(), services.end(), [](const nlohmann::json& s) { return s["id"] == "permis"; }),
                       services.end());
    });
    content::LoadedSite loaded = bundle::load_bundle_site(smaller);
    REQUIRE(loaded.site);
    kiosk.ui.replace_site(*loaded.site);
    CHECK(kiosk.ui.state().place.screen == ui::ScreenId::Welcome);
    CHECK_FALSE(kiosk.ui.frame().find("service.permis"));
    CHECK(kiosk.ui.frame().find("service.accueil"));
}

TEST_CASE("a visitor on a service that still exists stays where they are")
{
    test::TestKiosk kiosk;
    kiosk.tap("service.permis");
    static const content::Site same = *bundle::load_bundle_site(test::read_site("tests/fixtures/sites/tiny")).site;
    kiosk.ui.replace_site(same);
    CHECK(kiosk.ui.state().place.screen == ui::ScreenId::Service);
    CHECK(kiosk.ui.state().place.service == "permis");
}
