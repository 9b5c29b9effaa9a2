#pragma once
// One HTTP exchange at a time, as the kiosk's network worker needs it: fetch a manifest or a blob,
// post a feedback batch or a heartbeat. An interface so that the sync and upload logic read the
// same whether libcurl (curl_http_client.h) or a test's fault injector sits behind it.

#include <atomic>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace phare::net {

struct HttpRequest {
    std::string method = "GET";  // "GET" or "POST"
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;  // e.g. {"If-None-Match", etag}
    std::string body;                                          // sent as application/json when not empty
    // A response body larger than this is abandoned mid-transfer: a hostile or broken hub cannot
    // fill the kiosk's memory or card.
    std::size_t max_response_bytes = 16 * 1024 * 1024;
};

struct HttpResponse {
    int status = 0;           // 0: no HTTP answer (see error)
    std::string body;
    std::string etag;         // the ETag header, if any
    std::string error;        // why there is no usable answer: refused, timeout, TLS, too large, cancelled
    std::size_t bytes_received = 0;  // headers and body, for the transfer benchmark
    bool ok() const { return error.empty() && status >= 200 && status < 300; }
};

struct HttpClientOptions {
    std::string ca_file;  // a pinned CA bundle; empty: the system's trust store
    long connect_timeout_ms = 5000;
    long total_timeout_ms = 30000;
    std::string user_agent = "phare-kiosk";
};

class HttpClient {
public:
    virtual ~HttpClient() = default;
    // Blocks the calling (network) thread; never called from the main loop.
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

}  // namespace phare::net
