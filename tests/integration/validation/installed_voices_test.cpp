// The voices eSpeak NG really has here (espeak_ListVoices), as the validator sees them: the
// names and languages the example sites use are found, as eSpeak NG would take them.

#include "core/content/voices.h"
#include "platform/speech/installed_voices.h"

#include <catch2/catch.hpp>

using namespace phare;

TEST_CASE("the installed eSpeak NG voices include the example sites' languages", "[validation][voices]")
{
    const content::Voices& voices = speech::installed_voices();
    INFO(voices.size() << " voices");
    REQUIRE(voices.size() > 50);  // espeak-ng-data has about a hundred
    for (const char* wanted : {"fr", "fr-fr", "en", "en-gb", "en-GB-x-rp", "ar", "uk", "he", "es", "French (France)", "fr+f3"})
        CHECK(content::has_voice(voices, wanted));
    for (const char* wanted : {"elvish", "fr-xx-yy", "arb"})
        CHECK_FALSE(content::has_voice(voices, wanted));
    CHECK(&voices == &speech::installed_voices());  // listed once
}
