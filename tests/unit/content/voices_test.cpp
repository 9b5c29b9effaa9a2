// A language's voice is checked against the voices the caller has, the way eSpeak NG takes a
// voice name (espeak_SetVoiceByName) or a language. These voices are data as the platform lists
// them; tests/integration/validation checks the real eSpeak NG list.

#include "core/content/site_loader.h"
#include "core/content/voices.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::Severity;
using Json = nlohmann::json;

namespace {

// A few voices as eSpeak NG 1.51 lists them.
const content::Voices& voices()
{
    static const content::Voices list{
        {"French (France)", "roa/fr", {"fr-fr", "fr"}},
        {"French (Belgium)", "roa/fr-BE", {"fr-be", "fr"}},
        {"English (Great Britain)", "gmw/en", {"en-gb", "en"}},
        {"Arabic", "sem/ar", {"ar"}},
        {"Ukrainian", "zle/uk", {"uk"}},
        {"Hebrew", "sem/he", {"he"}},
        {"Spanish (Spain)", "roa/es", {"es"}},
    };
    return list;
}

}  // namespace

TEST_CASE("a voice is found by name, file, language and with a variant", "[content][voices]")
{
    for (const char* wanted : {"fr", "fr-fr", "FR-FR", "fr-be", "French (France)", "roa/fr", "fr-BE", "en-gb", "en", "ar", "uk", "he", "es",
                               "fr+f3", "en-gb+m1"})
        CHECK(content::has_voice(voices(), wanted));
    for (const char* wanted : {"", "xx", "fra", "arabic-eg", "roa", "+f3"})
        CHECK_FALSE(content::has_voice(voices(), wanted));
}

TEST_CASE("a voice eSpeak NG does not have is an error naming the ones it has", "[content][voices]")
{
    auto tiny = test::read_site("tests/fixtures/sites/tiny");
    REQUIRE(content::load_site(tiny, &voices()).problems.empty());

    auto files = test::with_json(tiny, "site.json", [](Json& j) { j["languages"][1]["voice"] = "arb"; });
    auto loaded = content::load_site(files, &voices());
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(loaded.site);
    CHECK(test::has_problem(loaded.problems, Severity::Error, "site.json", "/languages/1/voice", "eSpeak NG has no voice \"arb\"; for \"ar\" it has \"ar\""));
    CHECK(loaded.problems.size() == 1);

    content::Voices french_only{voices().front()};
    auto none = content::load_site(tiny, &french_only);
    CHECK(test::has_problem(none.problems, Severity::Error, "site.json", "/languages/1/voice", "eSpeak NG has no voice \"ar\" and none for \"ar\""));

    // Without a list (the hub, which does not speak) the voice is not checked.
    CHECK(content::load_site(files).site);
}
