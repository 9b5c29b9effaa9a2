#pragma once
// HttpClient over libcurl. One instance keeps one connection cache (HTTP keep-alive towards the
// hub) and serves one thread at a time: the kiosk's network worker. It does not retry, follow
// redirects or decide anything about the body; callers (content sync, feedback upload) do that.
//
// Always: TLS peer and host verification (optionally against a pinned CA file), HTTP and HTTPS
// only, connect and total timeouts, a response size cap enforced while receiving, and cancellation
// that stops a transfer in progress within ~50 ms so shutdown never waits for a timeout.

#include "platform/net/http_client.h"

#include <atomic>
#include <memory>

namespace phare::net {

class CurlHttpClient final : public HttpClient {
public:
    // `cancel`, when given, is a flag shared with the owner of the worker (e.g. its stop flag): once
    // it reads true, the exchange in progress and every later one ends with error "cancelled".
    explicit CurlHttpClient(HttpClientOptions options = {}, const std::atomic<bool>* cancel = nullptr);
    ~CurlHttpClient() override;
    CurlHttpClient(const CurlHttpClient&) = delete;
    CurlHttpClient& operator=(const CurlHttpClient&) = delete;

    HttpResponse send(const HttpRequest& request) override;

    // Callable from any thread: ends the exchange in progress and refuses later ones ("cancelled").
    void cancel();

private:
    struct Handles;
    HttpClientOptions m_options;
    const std::atomic<bool>* m_external_cancel;
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<Handles> m_handles;
};

}  // namespace phare::net
