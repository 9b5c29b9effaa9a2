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
    // 0: the client's total_timeout_ms. A long-poll sets its wait plus a margin: the hub may hold
    // the request for the whole wait before it answers.
    long timeout_ms = 0;
    // When set and it reads true, the exchange ends with error "interrupted": the caller has
    // something more urgent (a rating to upload while a long-poll is held). Unlike the client's
    // cancel flag it does not refuse later exchanges.
    const std::atomic<bool>* interrupt = nullptr;
};

struct HttpResponse {
    int status = 0;           // 0: no HTTP answer (see error)
    std::string body;
    std::string etag;         // the ETag header, if any
    std::string error;        // why there is no usable answer: refused, timeout, TLS, too large, cancelled, interrupted
    std::size_t bytes_received = 0;  // headers and body, for the transfer benchmark
    std::size_t bytes_sent = 0;      // the request's headers and body, likewise
    long retry_after_s = -1;  // a "Retry-After: N" header (seconds form), -1 when absent
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
