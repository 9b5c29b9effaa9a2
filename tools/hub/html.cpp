#include "html.h"

#include <vector>

namespace phare::hub::html {

namespace {

// Dark text on white (17:1), links and buttons in a blue at 8.6:1, and an orange focus ring of 3 px
// that stays visible on both; larger text when the browser asks for more contrast.
constexpr std::string_view style = R"css(
body { font: 1.125rem/1.5 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
a { color: #0b3d91; }
:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { position: static; }
header { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid #111; }
button { font: inherit; color: #fff; background: #0b3d91; border: 2px solid #0b3d91; border-radius: 4px; padding: .4rem 1rem; cursor: pointer; }
button.secondary { color: #0b3d91; background: #fff; }
input, select, textarea { font: inherit; border: 2px solid #444; border-radius: 4px; padding: .3rem; }
label { display: block; font-weight: 600; margin-top: .8rem; }
fieldset { border: 2px solid #444; margin-top: 1rem; } legend { font-weight: 700; }
fieldset label { display: inline; font-weight: 400; margin-right: 1rem; }
.hint { color: #333; font-size: 1rem; margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #444; padding: .4rem; text-align: left; }
.alert { border: 3px solid #a00000; padding: .5rem 1rem; color: #a00000; }
.status { border: 3px solid #0a6b2e; padding: .5rem 1rem; color: #0a6b2e; }
.actions form { display: inline-block; margin: .3rem .6rem .3rem 0; } .ticket { font-size: 2rem; }
)css";

}  // namespace

std::string escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string hidden_csrf(const std::string& csrf) { return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">"; }

std::string page(const PageFrame& frame, const std::string& body)
{
    std::string header = "<header><p><strong>Phare</strong> — espace des agents d'accueil</p>";
    if (!frame.csrf.empty())
        header += "<form method=\"post\" action=\"/logout\"><p>" + escape(frame.user) + " " + hidden_csrf(frame.csrf) +
                  "<button class=\"secondary\" type=\"submit\">Se déconnecter</button></p></form>";
    header += "</header>";
    return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>" + escape(frame.title) + " — Phare</title><style>" + std::string(style) + "</style></head><body>"
           "<a class=\"skip\" href=\"#contenu\">Aller au contenu</a>" + header +
           "<main id=\"contenu\" tabindex=\"-1\"><h1>" + escape(frame.title) + "</h1>" + body + "</main></body></html>\n";
}

std::string error_summary(const std::string& heading, const std::vector<std::string>& messages)
{
    std::string list;
    for (const auto& message : messages)
        list += "<li>" + escape(message) + "</li>";
    return "<div class=\"alert\" role=\"alert\"><h2>" + escape(heading) + "</h2><ul>" + list + "</ul></div>";
}

}  // namespace phare::hub::html
