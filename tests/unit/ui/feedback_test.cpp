// The satisfaction survey: three words to choose from, optional follow-ups, and a thank-you that
// comes only once the rating is stored.

#include "support/test_kiosk.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "core/ui/session.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

using Kiosk = test::TestKiosk;
using test::tiny_site;

const ui::StoreRating* stored(const ui::Effects& effects)
{
    for (const auto& effect : effects)
        if (const auto* store = std::get_if<ui::StoreRating>(&effect))
            return store;
    return nullptr;
}

}  // namespace

TEST_CASE("a rating goes to storage with its context and no personal data", "[ui][feedback]")
{
    Kiosk kiosk;
    const auto& service = tiny_site().services[0];
    kiosk.tap("service." + service.id);
    kiosk.tap("feedback.open");
    REQUIRE(kiosk.ui.frame().screen == "feedback");
    // Words, not faces: every answer is written and spoken.
    for (const char* id : {"feedback.good", "feedback.medium", "feedback.bad"}) {
        REQUIRE(kiosk.ui.frame().find(id));
        CHECK_FALSE(kiosk.ui.frame().find(id)->text.empty());
        CHECK_FALSE(kiosk.ui.frame().find(id)->spoken.empty());
    }
    CHECK_FALSE(stored(kiosk.tap("feedback.bad")));
    CHECK_FALSE(stored(kiosk.tap("feedback.clarity.2")));
    auto effects = kiosk.tap("feedback.counter.no");
    const ui::StoreRating* store = stored(effects);
    REQUIRE(store);
    CHECK(store->rating.satisfaction == feedback::Satisfaction::Bad);
    CHECK(store->rating.clarity == 2);
    CHECK(store->rating.found_counter == false);
    CHECK(store->rating.service == service.id);
    CHECK(store->rating.site == tiny_site().id);
    CHECK(store->rating.lang == "fr");
    CHECK(store->rating.id.empty());  // the app gives the id, with the hour
}

TEST_CASE("thanks are shown and said only after the rating is stored", "[ui][feedback]")
{
    Kiosk kiosk;
    kiosk.tap("feedback.open");
    kiosk.tap("feedback.good");
    kiosk.tap("feedback.skip");
    kiosk.tap("feedback.skip");
    CHECK(kiosk.ui.frame().find("feedback.saving"));
    CHECK_FALSE(kiosk.ui.frame().find("feedback.thanks"));
    auto effects = kiosk.ui.handle(ui::RatingStored{true});
    CHECK(kiosk.ui.frame().find("feedback.thanks"));
    bool said = false;
    for (const auto& effect : effects)
        if (const auto* speak = std::get_if<ui::Speak>(&effect))
            said = said || speak->text == tiny_site().ui("feedback.thanks", "fr");
    CHECK(said);
}

TEST_CASE("a rating that could not be stored is not thanked for", "[ui][feedback]")
{
    Kiosk kiosk;
    kiosk.tap("feedback.open");
    kiosk.tap("feedback.medium");
    kiosk.tap("feedback.skip");
    kiosk.tap("feedback.skip");
    kiosk.ui.handle(ui::RatingStored{false});
    CHECK(kiosk.ui.frame().find("feedback.failed"));
    CHECK_FALSE(kiosk.ui.frame().find("feedback.thanks"));
    CHECK_FALSE(kiosk.ui.state().feedback.given);
}

TEST_CASE("one vote per visitor session, and the next visitor votes again", "[ui][feedback]")
{
    Kiosk kiosk;
    kiosk.tap("feedback.open");
    kiosk.tap("feedback.good");
    kiosk.tap("feedback.skip");
    kiosk.tap("feedback.skip");
    kiosk.ui.handle(ui::RatingStored{true});
    kiosk.tap("nav.home");
    CHECK_FALSE(kiosk.ui.frame().find("feedback.open"));
    CHECK(kiosk.ui.frame().find("feedback.already"));
    // The session ends: a new visitor may rate.
    kiosk.ui.handle(ui::Tick{60000});
    kiosk.ui.handle(ui::Tick{60000 + 30000});
    CHECK(kiosk.ui.frame().find("feedback.open"));
}

TEST_CASE("offered after the directions, before the visit, the rating does not ask about the counter", "[ui][feedback]")
{
    test::FixedMetrics metrics;
    const content::Site& site = tiny_site();
    ui::State state = ui::initial_state(site.default_language);
    state = ui::apply(state, ui::OpenDirections{site.services[0].id});
    state = ui::apply(state, ui::OpenFeedback{});
    REQUIRE(state.place.screen == ui::ScreenId::Feedback);
    const ui::Frame first = ui::render(state, site, ui::DeviceProfile{}, metrics);
    REQUIRE(first.find("feedback.progress"));
    CHECK(first.find("feedback.progress")->text == "Question 1 sur 2");
    state = ui::apply(state, ui::Rate{feedback::Satisfaction::Good});
    state = ui::apply(state, ui::SetClarity{4});
    CHECK(state.feedback.step == ui::FeedbackStep::Saving);
    CHECK_FALSE(state.feedback.found_counter.has_value());

    // From the home screen, where visitors also stop on their way out, all three questions.
    ui::State leaving = ui::apply(ui::initial_state(site.default_language), ui::OpenFeedback{});
    leaving = ui::apply(leaving, ui::Rate{feedback::Satisfaction::Good});
    leaving = ui::apply(leaving, ui::SetClarity{4});
    CHECK(leaving.feedback.step == ui::FeedbackStep::Counter);
}
