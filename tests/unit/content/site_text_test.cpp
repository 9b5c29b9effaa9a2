// A text a language lacks comes from its fallback, and says which language it is in. The answer is
// a view: it must stay valid after the call (under the asan-ubsan preset a view into the call's
// own temporaries fails here; a soak found it on a service page).

#include "core/content/site.h"

#include <catch2/catch.hpp>

#include <string>

using namespace phare;

namespace {

content::Site two_languages()
{
    content::Site site;
    site.default_language = "fr";
    site.languages.push_back({"fr", "Français", "fr", content::TextDirection::LeftToRight, {}});
    site.languages.push_back({"ar", "العربية", "ar", content::TextDirection::RightToLeft, {"en"}});
    site.languages.push_back({"en", "English", "en", content::TextDirection::LeftToRight, {}});
    return site;
}

}  // namespace

TEST_CASE("a text missing in a language is taken from its fallback, and names the fallback", "[content]")
{
    const content::Site site = two_languages();
    const content::LocalizedText name{{"fr", "Accueil général"}, {"en", "General reception"}};
    const std::string_view language = site.text_language(name, "ar");
    const std::string copy(language);  // reads the view after the call returned
    CHECK(copy == "en");
    CHECK(site.text(name, "ar") == "General reception");
}

TEST_CASE("without the fallback the site's default language gives the text", "[content]")
{
    const content::Site site = two_languages();
    const content::LocalizedText name{{"fr", "Accueil général"}};
    CHECK(std::string(site.text_language(name, "ar")) == "fr");
    CHECK(std::string(site.text_language(name, "fr")) == "fr");
    CHECK(site.text(name, "ar") == "Accueil général");
}
