#pragma once
// Acting as an agent's browser in tests: read the CSRF token from a page, keep cookies by hand
// (httplib's client has no cookie jar) and log in through the real form.

#include "hub_fixture.h"

#include <catch2/catch.hpp>

#include <string>

namespace phare::test {

inline std::string csrf_in(const std::string& page)
{
    const std::string marker = "name=\"csrf\" value=\"";
    auto at = page.find(marker);
    if (at == std::string::npos)
        return {};
    at += marker.size();
    return page.substr(at, page.find('"', at) - at);
}

// "name=value" of a Set-Cookie header.
inline std::string cookie_of(const httplib::Result& res)
{
    std::string header = res->get_header_value("Set-Cookie");
    return header.substr(0, header.find(';'));
}

// Logs in as a browser would: fetch the form (cookie + hidden token), post it, keep the session.
inline std::string log_in(RunningHub& hub, const std::string& name, const std::string& pass, int* status = nullptr)
{
    auto form = hub.client().Get("/login");
    REQUIRE(form);
    httplib::Params params{{"csrf", csrf_in(form->body)}, {"name", name}, {"password", pass}};
    auto res = hub.client().Post("/login", {{"Cookie", cookie_of(form)}}, params);
    REQUIRE(res);
    if (status)
        *status = res->status;
    return res->status == 303 ? cookie_of(res) : std::string();
}

}  // namespace phare::test
