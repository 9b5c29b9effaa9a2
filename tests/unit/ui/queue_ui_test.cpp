// The queue on the kiosk (docs/queue.md, "On the kiosk"): the board follows the hub, each call is
// announced once (chime, then French, then the site's other languages, queued after what the
// visitor hears), old numbers are never shown as live, the banner leads to the counter, a ticket
// is asked for with the visitor's choices and its answer is shown and said, and the hall display
// ignores input.

#include "support/test_kiosk.h"
#include "core/ui/queue_text.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

// The tiny fixture with one counter serving both queued services.
const content::Site& queue_site()
{
    static const content::Site site = [] {
        content::Site s = test::tiny_site();
        content::Counter counter;
        counter.id = "guichet-3";
        counter.name = {{"fr", "Guichet 3"}, {"ar", "الشباك 3"}};
        counter.node = "t-guichet";
        counter.services = {"accueil", "permis"};
        s.queue.counters.push_back(counter);
        return s;
    }();
    return site;
}

struct QueueKiosk {
    test::FixedMetrics metrics;
    ui::KioskUi ui{queue_site(), ui::DeviceProfile{}, metrics, [] {
                       // A long session, so that the board's own deadline comes first.
                       ui::State state = ui::initial_state("fr", {}, ui::SessionPolicy{600'000, 30'000, 0});
                       state.queue_enabled = true;
                       return state;
                   }()};

    ui::Effects tap(const std::string& id)
    {
        const ui::Element* e = ui.frame().find(id);
        INFO(id);
        REQUIRE(e);
        return ui.handle(ui::Tap{e->rect.x + e->rect.w / 2, e->rect.y + e->rect.h / 2});
    }
};

sync::QueueSnapshot snapshot(std::int64_t seq)
{
    auto parsed = sync::parse_queue_snapshot(R"({"day":"2026-12-01","seq":)" + std::to_string(seq) + R"(,
      "services":[{"service":"accueil","serving":"A 041","waiting":5,"estimate":{"low_minutes":20,"high_minutes":30},"counters_open":["guichet-3"]},
                  {"service":"permis","serving":"","waiting":0,"estimate":null,"counters_open":[]}],
      "calls":[{"ticket":"A 041","service":"accueil","counter":"guichet-3","at":"2026-12-01T10:40:00"}]})");
    REQUIRE(parsed);
    return *parsed;
}

ui::QueueEventIn call(std::int64_t seq, const std::string& ticket, bool recall = false)
{
    auto event = sync::parse_queue_event(R"({"type":"call","call":{"ticket":")" + ticket +
                                         R"(","service":"accueil","counter":"guichet-3","at":"2026-12-01T10:43:00","recall":)" +
                                         (recall ? "true" : "false") +
                                         R"(},"services":[{"service":"accueil","serving":")" + ticket +
                                         R"(","waiting":4,"estimate":null,"counters_open":["guichet-3"]}]})");
    REQUIRE(event);
    return {seq, *event};
}

std::vector<ui::Speak> speeches(const ui::Effects& effects)
{
    std::vector<ui::Speak> out;
    for (const auto& effect : effects)
        if (const auto* speak = std::get_if<ui::Speak>(&effect))
            out.push_back(*speak);
    return out;
}

bool has_earcon(const ui::Effects& effects, ui::Earcon earcon)
{
    for (const auto& effect : effects)
        if (const auto* e = std::get_if<ui::PlayEarcon>(&effect); e && e->earcon == earcon)
            return true;
    return false;
}

}  // namespace

TEST_CASE("a call is chimed and announced once, French first then each language, never cutting speech", "[ui][queue]")
{
    QueueKiosk kiosk;
    CHECK(speeches(kiosk.ui.handle(ui::QueueSnapshotIn{snapshot(10)})).empty());  // a snapshot announces nothing
    auto effects = kiosk.ui.handle(call(11, "A 042"));
    CHECK(has_earcon(effects, ui::Earcon::Call));
    auto said = speeches(effects);
    REQUIRE(said.size() == 2);
    CHECK(said[0].lang == "fr");
    CHECK(said[0].text == "Appel du ticket A 42 : Guichet 3.");
    CHECK(said[1].lang == "ar");
    CHECK(said[1].text.find("الشباك 3") != std::string::npos);
    for (const ui::Speak& s : said)
        CHECK(s.interrupt == ui::Interrupt::No);  // queued after what the visitor is hearing
    // The same event again (a lost answer asked again) and an older one: silence.
    CHECK(kiosk.ui.handle(call(11, "A 042")).empty());
    CHECK(kiosk.ui.handle(call(9, "A 040")).empty());
    // A resync's snapshot: nothing old is announced.
    CHECK(speeches(kiosk.ui.handle(ui::QueueSnapshotIn{snapshot(12)})).empty());
    auto recall = speeches(kiosk.ui.handle(call(13, "A 043", true)));
    REQUIRE_FALSE(recall.empty());
    CHECK(recall[0].text == "Rappel du ticket A 43 : Guichet 3.");
}

TEST_CASE("the board shows each service, and says plainly when its numbers are not current", "[ui][queue]")
{
    QueueKiosk kiosk;
    kiosk.tap("queue.open");
    REQUIRE(kiosk.ui.frame().screen == "queue");
    // Nothing from the hub yet: no numbers, a plain sentence.
    REQUIRE(kiosk.ui.frame().find("queue.unavailable"));
    CHECK(kiosk.ui.frame().find("queue.unavailable")->text.starts_with("Informations de file d'attente indisponibles"));
    kiosk.ui.handle(ui::QueueSnapshotIn{snapshot(10)});
    CHECK_FALSE(kiosk.ui.frame().find("queue.unavailable"));
    REQUIRE(kiosk.ui.frame().find("queue.accueil.0"));
    CHECK(kiosk.ui.frame().find("queue.accueil.0")->text == "Ticket appelé : A 041");
    CHECK(kiosk.ui.frame().find("queue.accueil.1")->text == "5 personnes attendent");
    CHECK(kiosk.ui.frame().find("queue.accueil.2")->text == "Attente : environ 20 à 30 minutes");
    CHECK(kiosk.ui.frame().find("queue.accueil.3")->text == "Guichets ouverts : Guichet 3");
    CHECK(kiosk.ui.frame().find("queue.permis.3")->text == "Aucun guichet ouvert pour l'instant");
    REQUIRE(kiosk.ui.frame().find("queue.call"));
    CHECK(kiosk.ui.frame().find("queue.call")->text == "A 041 → Guichet 3");
    // Two minutes and a bit without news: the kiosk wakes itself and hides the numbers.
    const auto deadline = kiosk.ui.next_deadline();
    REQUIRE(deadline);
    CHECK(*deadline == sync::queue_stale_after_ms + 1);
    kiosk.ui.handle(ui::Tick{*deadline});
    CHECK(kiosk.ui.frame().find("queue.unavailable"));
    CHECK_FALSE(kiosk.ui.frame().find("queue.accueil.0"));
    // The hub answers again: the board is live again.
    kiosk.ui.handle(ui::QueueReach{true});
    CHECK(kiosk.ui.frame().find("queue.accueil.0"));
    kiosk.ui.handle(ui::QueueReach{false});
    CHECK(kiosk.ui.frame().find("queue.unavailable"));
}

TEST_CASE("from the banner, the route to the counter's place", "[ui][queue]")
{
    QueueKiosk kiosk;
    kiosk.ui.handle(ui::QueueSnapshotIn{snapshot(10)});
    kiosk.ui.handle(call(11, "A 042"));
    // On the welcome screen too, with the way there.
    REQUIRE(kiosk.ui.frame().find("queue.call"));
    kiosk.tap("queue.route");
    const ui::Frame& frame = kiosk.ui.frame();
    CHECK(frame.screen == "directions");
    REQUIRE(frame.find("directions.service"));
    CHECK(frame.find("directions.service")->text == "Guichet 3");
    CHECK(frame.find("directions.step.1"));
    kiosk.tap("directions.map");
    CHECK(kiosk.ui.frame().screen == "map");
}

TEST_CASE("taking a ticket: queued services, discreet priority, the answer shown and said", "[ui][queue]")
{
    QueueKiosk kiosk;
    kiosk.ui.handle(ui::QueueSnapshotIn{snapshot(10)});
    kiosk.tap("queue.open");
    kiosk.tap("queue.take_ticket");
    CHECK(kiosk.ui.frame().screen == "ticket");
    CHECK(kiosk.ui.frame().find("ticket.service.accueil"));
    CHECK(kiosk.ui.frame().find("ticket.service.permis"));
    CHECK_FALSE(kiosk.ui.frame().find("ticket.service.toilettes"));  // no queue
    kiosk.tap("ticket.service.accueil");
    CHECK(kiosk.ui.frame().find("ticket.take"));
    CHECK(kiosk.ui.frame().find("ticket.priority.pregnancy"));
    auto effects = kiosk.tap("ticket.priority.reduced_mobility");
    const ui::RequestTicket* request = nullptr;
    for (const auto& effect : effects)
        if (const auto* r = std::get_if<ui::RequestTicket>(&effect))
            request = r;
    REQUIRE(request);
    CHECK(request->service == "accueil");
    CHECK(request->priority == "reduced_mobility");
    CHECK(kiosk.ui.frame().find("ticket.requesting"));

    ui::TicketAnswer answer;
    answer.ok = true;
    answer.ticket = "A 043";
    answer.ahead = 5;
    answer.status_url = "https://hub.example/ticket/abc";
    auto said = speeches(kiosk.ui.handle(answer));
    REQUIRE_FALSE(said.empty());
    CHECK(said[0].text == "Votre numéro est A 43. Personnes avant vous : 5.");  // said, guidance on or not
    REQUIRE(kiosk.ui.frame().find("ticket.number"));
    CHECK(kiosk.ui.frame().find("ticket.number")->text == "A 043");
    REQUIRE(kiosk.ui.frame().find("ticket.qr"));
    CHECK(kiosk.ui.frame().find("ticket.qr")->qr_text == "https://hub.example/ticket/abc");
}

TEST_CASE("without the hub, no ticket, said plainly", "[ui][queue]")
{
    QueueKiosk kiosk;
    kiosk.tap("queue.open");
    kiosk.tap("queue.take_ticket");
    kiosk.tap("ticket.service.permis");
    kiosk.tap("ticket.take");
    ui::TicketAnswer answer;
    answer.unreachable = true;
    auto said = speeches(kiosk.ui.handle(answer));
    REQUIRE(kiosk.ui.frame().find("ticket.failed"));
    CHECK(kiosk.ui.frame().find("ticket.failed")->text.starts_with("La file d'attente ne répond pas"));
    CHECK_FALSE(kiosk.ui.frame().find("ticket.number"));
    REQUIRE_FALSE(said.empty());
    CHECK(said[0].text.starts_with("La file d'attente ne répond pas"));
    // An answer that comes after the visitor left is dropped.
    kiosk.tap("nav.home");
    CHECK(kiosk.ui.handle(answer).empty());
}

TEST_CASE("the hall display ignores input, shows the board without controls and announces calls", "[ui][queue]")
{
    test::FixedMetrics metrics;
    ui::State state = ui::initial_state("fr");
    state.board_role = true;
    state.place = {ui::ScreenId::Queue, {}, 0};
    ui::KioskUi board(queue_site(), ui::DeviceProfile{}, metrics, state);
    board.handle(ui::QueueSnapshotIn{snapshot(10)});
    CHECK_FALSE(board.frame().find("a11y.open"));
    CHECK_FALSE(board.frame().find("nav.home"));
    CHECK(board.frame().focus_order().empty());
    CHECK(board.handle(ui::KeyPress{ui::Key::Down}).empty());
    CHECK(board.handle(ui::Tap{10, 10}).empty());
    CHECK(board.state().place.screen == ui::ScreenId::Queue);
    CHECK_FALSE(board.state().in_session);
    CHECK_FALSE(speeches(board.handle(call(11, "A 042"))).empty());
    CHECK(board.frame().find("queue.call")->text == "A 042 → Guichet 3");
    // Nobody turns its pages: it does, every board_page_ms, and starts again after the last.
    REQUIRE(board.next_deadline());
    CHECK(*board.next_deadline() == ui::board_page_ms);
    board.handle(ui::Tick{ui::board_page_ms});
    CHECK(board.state().place.page == 1);
    CHECK(*board.next_deadline() == 2 * ui::board_page_ms);
}

TEST_CASE("queue words: tickets said without leading zeros, arrows along the reading direction", "[ui][queue]")
{
    CHECK(ui::spoken_ticket("A 042") == "A 42");
    CHECK(ui::spoken_ticket("B 1000") == "B 1000");
    CHECK(ui::spoken_ticket("C 000") == "C 0");
    sync::QueueCall c{"A 042", "accueil", "guichet-3", "", false, 0};
    CHECK(ui::call_line(queue_site(), c, "fr") == "A 042 → Guichet 3");
    CHECK(ui::call_line(queue_site(), c, "ar") == "A 042 ← الشباك 3");
    CHECK(ui::counter_name(queue_site(), "nope", "fr") == "nope");
}

TEST_CASE("how many wait is said with the language's plural rules: French puts 0 in the singular", "[ui][queue][i18n]")
{
    const content::Site& site = queue_site();
    CHECK(ui::counted_words(site, "queue.board.waiting", 0, "fr") == "0 personne attend");
    CHECK(ui::counted_words(site, "queue.board.waiting", 1, "fr") == "1 personne attend");
    CHECK(ui::counted_words(site, "queue.board.waiting", 2, "fr") == "2 personnes attendent");
    CHECK(ui::counted_words(site, "queue.board.waiting", 12, "fr") == "12 personnes attendent");
    CHECK(ui::counted_words(site, "queue.ticket.ahead", 0, "fr") == "0 personne avant vous");
    CHECK(ui::counted_words(site, "queue.ticket.ahead", 3, "fr") == "3 personnes avant vous");
}
