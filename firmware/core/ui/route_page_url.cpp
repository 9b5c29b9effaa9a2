#include "core/ui/route_page_url.h"

namespace phare::ui {

namespace {

// Ids are [a-z0-9-] by validation; anything else is percent-encoded rather than trusted.
std::string encode(std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                           c == '.' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

}  // namespace

std::string route_page_url(std::string_view base, const RoutePageRequest& request)
{
    while (!base.empty() && base.back() == '/')
        base.remove_suffix(1);
    if (base.empty())
        return {};
    std::string url(base);
    url += "/r/" + encode(request.site) + "/" + encode(request.kiosk) + "/" + encode(request.service) + "?lang=" + encode(request.lang);
    if (request.step_free)
        url += "&step_free=1";
    if (request.easy_read)
        url += "&easy=1";
    return url;
}

}  // namespace phare::ui
