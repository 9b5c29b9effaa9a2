// A ticket's receipt reaches the printer as queue-core's ESC/POS bytes, written to the printer's
// device file (here a real file: the bytes are checked as a printer would get them), one receipt
// after another; a printer that cannot be opened is an error naming it.

#include "app/receipt.h"
#include "app/ticket_desk.h"
#include "core/queue/escpos.h"
#include "support/test_kiosk.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <iterator>

using namespace phare;

namespace {

std::string read_all(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("receipts are written to the printer's device file as ESC/POS bytes", "[app][queue][printer]")
{
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    REQUIRE_FALSE(site.queue.empty());
    const std::string device = (std::filesystem::temp_directory_path() / ("phare-lp0-" + std::to_string(::getpid()))).string();
    std::filesystem::remove(device);
    sync::IssuedTicket ticket;
    ticket.ticket = "A 043";
    ticket.service = site.services.front().id;
    ticket.number = 43;
    ticket.issued_at = "2026-12-01T10:43:00";
    ticket.status_url = "https://hub.example/ticket/4f9c2a7e";
    const app::ReceiptBytes receipt = app::receipt_maker(site);
    const std::string first = receipt(ticket);
    ticket.ticket = "A 044";
    const std::string second = receipt(ticket);
    CHECK(app::write_to_printer(device, first).empty());
    CHECK(app::write_to_printer(device, second).empty());
    const std::string printed = read_all(device);
    std::filesystem::remove(device);
    CHECK(printed == first + second);
    // Exactly queue-core's bytes for what the kiosk knows of the ticket.
    queue::Receipt expected;
    expected.heading = std::string(site.text(site.name, site.default_language));
    expected.label = "A 043";
    expected.service = std::string(site.text(site.services.front().name, site.default_language));
    expected.issued_at = "01/12/2026 10:43";
    expected.status_url = "https://hub.example/ticket/4f9c2a7e";
    expected.note = std::string(site.ui("queue.ticket.qr_scan", site.default_language));
    const queue::Bytes bytes = queue::receipt_bytes(expected);
    CHECK(first == std::string(bytes.begin(), bytes.end()));
    CHECK(first.substr(0, 2) == "\x1b@");  // ESC @: the printer starts from its defaults
    CHECK(first.find("A 043") != std::string::npos);
    CHECK(first.find("https://hub.example/ticket/4f9c2a7e") != std::string::npos);
    CHECK(first.find("\x1dV") != std::string::npos);  // GS V: cut

    const std::string error = app::write_to_printer("/nonexistent-folder/lp0", first);
    CHECK(error.find("/nonexistent-folder/lp0: cannot open the printer") == 0);
}

TEST_CASE("receipt times are the site's day/month/year and hour", "[app][queue][printer]")
{
    CHECK(app::receipt_time("2026-12-01T10:43:00") == "01/12/2026 10:43");
    CHECK(app::receipt_time("later") == "later");
}
