#pragma once
// Which handler answers a request: a method and a path pattern (a regular expression over the
// whole decoded path, groups in Request::matches), plus what the server must know before it reads
// the body: how large a body may be, and on which lane the handler runs.

#include "http_message.h"

#include <cstddef>
#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace phare::hub::http {

using Handler = std::function<void(const Request&, Response&)>;

// Handlers never run on the I/O thread. Quick: storage lookups and small writes (kiosk calls,
// agents' pages). Slow: password hashing and reports, few threads, so that a burst of log-ins or a
// heavy export cannot hold up the fleet's polls.
enum class Lane { Quick, Slow };

inline constexpr std::size_t default_body_limit = 256 * 1024;

struct RouteOptions {
    std::size_t body_limit = default_body_limit;
    Lane lane = Lane::Quick;
};

struct Route {
    std::string method;
    std::regex pattern;
    Handler handler;
    RouteOptions options;
};

class Router {
public:
    void get(const std::string& pattern, Handler handler, RouteOptions options = {});
    void post(const std::string& pattern, Handler handler, RouteOptions options = {});

    // The route for this method and path, or null; `path_known` tells a 405 from a 404. HEAD is
    // answered by the GET route.
    const Route* match(const std::string& method, const std::string& path, std::smatch& matches, bool& path_known) const;

private:
    void add(const std::string& method, const std::string& pattern, Handler handler, RouteOptions options);
    std::vector<Route> m_routes;
};

}  // namespace phare::hub::http
