// A wait estimate in words, in every language of the example sites, from their strings.

#include "core/queue/estimate_words.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using queue::WaitEstimate;

namespace {

const content::Site& prefecture()
{
    static const content::Site site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    return site;
}

}  // namespace

TEST_CASE("a range in words, French first, with the unit in each language's plural", "[queue]")
{
    const WaitEstimate range{true, 20, 30};
    CHECK(queue::estimate_in_words(prefecture(), "fr", range) == "environ 20 à 30 minutes");
    CHECK(queue::estimate_in_words(prefecture(), "en", range) == "about 20 to 30 minutes");
    CHECK(queue::estimate_in_words(prefecture(), "es", range) == "entre 20 y 30 minutos aproximadamente");
    CHECK(queue::estimate_in_words(prefecture(), "uk", range) == "приблизно від 20 до 30 хвилин");
    // Arabic: 3 to 10 take the plural دقائق, 11 and more the singular دقيقة.
    CHECK(queue::estimate_in_words(prefecture(), "ar", WaitEstimate{true, 5, 10}) == "حوالي 5 إلى 10 دقائق");
    CHECK(queue::estimate_in_words(prefecture(), "ar", range) == "حوالي 20 إلى 30 دقيقة");
}

TEST_CASE("a range from zero says less than; an unknown wait says so", "[queue]")
{
    CHECK(queue::estimate_in_words(prefecture(), "fr", WaitEstimate{true, 0, 5}) == "moins de 5 minutes");
    CHECK(queue::estimate_in_words(prefecture(), "en", WaitEstimate{true, 0, 10}) == "less than 10 minutes");
    CHECK(queue::estimate_in_words(prefecture(), "fr", WaitEstimate{}) == prefecture().ui("queue.estimate_unknown", "fr"));
    CHECK(queue::estimate_in_words(prefecture(), "en", WaitEstimate{}) == "waiting time not known yet");
}

TEST_CASE("every language of every example site words a range with both numbers", "[queue]")
{
    auto folder = GENERATE(as<std::string>{}, "config/sites/prefecture-44", "config/sites/mairie-demo", "tests/fixtures/sites/tiny",
                           "tests/fixtures/sites/sous-sol");
    auto loaded = content::load_site(test::read_site(folder));
    REQUIRE(loaded.site);
    for (const content::Language& language : loaded.site->languages) {
        std::string words = queue::estimate_in_words(*loaded.site, language.code, WaitEstimate{true, 40, 50});
        INFO(folder << " " << language.code << ": " << words);
        CHECK(words.find("40") != std::string::npos);
        CHECK(words.find("50") != std::string::npos);
        CHECK(words.find('{') == std::string::npos);
    }
}
