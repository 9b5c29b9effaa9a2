#pragma once
// Building blocks of the agents' pages: escaping and the page frame. Pages are plain HTML forms
// that work without JavaScript; the frame carries the language, a skip link, one h1, visible
// focus and colours that pass WCAG AA contrast (RGAA 3.2, 10.7, 12.7).

#include <string>
#include <string_view>
#include <vector>

namespace phare::hub::html {

// Escapes &, <, >, " and ' for text and attribute values alike.
std::string escape(std::string_view text);

struct PageFrame {
    std::string title;        // the h1 and the <title>
    std::string csrf;         // when set, the header shows a "Se déconnecter" form
    std::string user;         // shown beside it
};

std::string page(const PageFrame& frame, const std::string& body);

// An error summary at the top of a form (role="alert"), one item per message.
std::string error_summary(const std::string& heading, const std::vector<std::string>& messages);

std::string hidden_csrf(const std::string& csrf);

}  // namespace phare::hub::html
