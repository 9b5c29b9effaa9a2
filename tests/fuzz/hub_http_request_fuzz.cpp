// A raw HTTP/1.1 request as the hub's server reads it (http_server.cpp): Beast parses the head, the
// target is decoded (http::decode_target), the client is found behind trusted proxies
// (X-Forwarded-For), the hub's real route table picks the route, whose body limit then applies to
// the body, and a form body is decoded. The steps follow Connection::on_header and dispatch;
// handlers are not called (hub_requests would need a live hub and its database).

#include "fuzz_support.h"

#include "client_address.h"
#include "hub_context.h"
#include "http_message.h"
#include "http_router.h"
#include "routes.h"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <limits>
#include <memory>

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using namespace phare::hub;

struct Routes {
    Routes()
    {
        add_all_routes(router, context);
        proxies = TrustedProxies::parse({"127.0.0.1", "10.0.0.0/8", "::1"}).value();
    }
    // Routes only keep a reference to the context: nothing here is used until a handler runs.
    HubContext context{[] { return std::int64_t{1'795'000'000}; }, RateLimits{}};
    http::Router router;
    TrustedProxies proxies;
};

// Feeds `input` to the parser until it has the whole head (or, once eager, the whole request),
// runs out of bytes, or refuses them; false when it refuses them (the server answers 400).
bool feed(bhttp::request_parser<bhttp::string_body>& parser, std::string_view& input)
{
    while (!input.empty() && !parser.is_done() && !(parser.is_header_done() && !parser.eager())) {
        beast::error_code ec;
        const std::size_t used = parser.put(boost::asio::const_buffer(input.data(), input.size()), ec);
        input.remove_prefix(used);
        if (ec == bhttp::error::need_more)
            return true;
        if (ec)
            return false;
        if (used == 0)
            return true;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Routes hub;
    std::string_view input = phare::fuzz::text(data, size);
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(16 * 1024);
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    if (!feed(parser, input) || !parser.is_header_done())
        return 0;

    const auto& head = parser.get();
    http::Request request;
    request.method = std::string(head.method_string());
    request.target = std::string(head.target());
    for (const auto& field : head)
        request.headers.emplace(std::string(field.name_string()), std::string(field.value()));
    std::string forwarded;
    auto [first, last] = request.headers.equal_range("X-Forwarded-For");
    for (auto it = first; it != last; ++it)
        forwarded += (forwarded.empty() ? "" : ",") + it->second;
    request.remote_addr = hub.proxies.client_of("127.0.0.1", forwarded);
    (void)canonical_address(request.remote_addr);
    auto target = http::decode_target(request.target);
    if (!target)
        return 0;
    request.path = std::move(target->path);
    request.query = std::move(target->query);
    bool path_known = false;
    const http::Route* route = hub.router.match(request.method, request.path, request.matches, path_known);
    if (!route)
        return 0;
    const auto length = parser.content_length();
    if (length && *length > route->options.body_limit)
        return 0;
    parser.body_limit(route->options.body_limit);
    parser.eager(true);
    if (!feed(parser, input) || !parser.is_done())
        return 0;
    request.body = parser.get().body();
    if (request.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0) {
        auto form = http::parse_urlencoded(request.body);
        if (!form)
            return 0;
        request.form = std::move(*form);
    }
    request.params = request.query;
    request.params.insert(request.form.begin(), request.form.end());
    (void)request.get_param_value("csrf");
    return 0;
}
