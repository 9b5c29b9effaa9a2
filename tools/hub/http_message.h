#pragma once
// The hub's own HTTP request and response values, independent of the server that carries them.
// Method names follow the ones the route files were written against (get_header_value,
// get_param_value, set_content...), so a route reads the same whatever serves it. No Boost here:
// only http_server.cpp knows Beast.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace phare::hub::http {

// Header names compare without regard to case (RFC 9110, 5.1).
struct CaseInsensitiveLess {
    bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::multimap<std::string, std::string, CaseInsensitiveLess>;
// Query or form fields, in the order sent.
using Params = std::multimap<std::string, std::string>;

struct Request {
    std::string method;       // "GET", "POST"...
    std::string target;       // as sent: "/agent?publie=3"
    std::string path;         // percent-decoded, without the query
    Params query;             // from the target
    Params form;              // from an application/x-www-form-urlencoded body
    Params params;            // query then form, for handlers that accept either
    Headers headers;
    std::string body;
    std::string peer_addr;    // the TCP peer (a proxy, when there is one)
    std::string remote_addr;  // the client: the peer, or what a trusted proxy says it forwarded
    std::smatch matches;      // the route pattern's groups, matched against `path`

    std::string get_header_value(const std::string& name) const;
    bool has_header(const std::string& name) const;
    // The first value from the query or the form.
    std::string get_param_value(const std::string& name) const;
    bool has_param(const std::string& name) const;
    // From the body only: secrets such as the CSRF token never come from an address, which ends up
    // in logs and Referer headers.
    std::string form_value(const std::string& name) const;
};

struct Response;

// A request the hub answers later (the live channel's long-poll): the server parks the connection,
// calls `ready` on its I/O thread whenever it is woken, and sends `timed_out` after `wait`.
struct Hold {
    std::chrono::milliseconds wait{0};
    std::function<std::optional<Response>()> ready;
    std::function<Response()> timed_out;
};

struct Response {
    int status = 200;
    Headers headers;
    std::string body;
    std::shared_ptr<Hold> hold;  // set: answer later (see Hold)

    void set_header(const std::string& name, const std::string& value);
    std::string get_header_value(const std::string& name) const;
    bool has_header(const std::string& name) const;
    void set_content(std::string content, const std::string& content_type);
};

// "%C3%A9" -> "é"; with `plus_is_space`, '+' -> ' ' (form bodies and queries). Nullopt for a
// broken escape. A decoded NUL is kept: form fields are checked, and refused by name, later.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);
// "a=1&b=%C3%A9" -> {a: 1, b: é}; nullopt when any part does not decode.
std::optional<Params> parse_urlencoded(std::string_view text);

// A request target ("/agent/services/asile?publie=3") as the routes see it: the percent-decoded
// path and the query's fields. Nullopt (the server answers 400) when either does not decode, or
// when the path holds a NUL, which no file or route name has.
struct Target {
    std::string path;
    Params query;
};
std::optional<Target> decode_target(std::string_view target);

// The reason phrase of a status code ("Not Found").
std::string_view reason_phrase(int status);

}  // namespace phare::hub::http
