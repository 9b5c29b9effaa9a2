// CurlHttpClient against a real server on 127.0.0.1: headers, bodies, ETags, byte counts, limits,
// protocols, redirects and cancellation, as the network worker relies on them.

#include "sync_support.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

// A few routes the content sync does not exercise: POST echo, redirect, a fixed body.
class EchoServer {
public:
    EchoServer()
    {
        m_server.Post("/echo", [](const httplib::Request& request, httplib::Response& response) {
            response.set_content(request.get_header_value("Content-Type") + "|" + request.get_header_value("Authorization") +
                                     "|" + request.get_header_value("User-Agent") + "|" + request.body,
                                 "text/plain");
        });
        m_server.Get("/redirect", [](const httplib::Request&, httplib::Response& response) {
            response.set_redirect("file:///etc/passwd");
        });
        m_server.Get("/hello", [](const httplib::Request&, httplib::Response& response) {
            response.set_header("ETag", "\"v1\"");
            response.set_content("hello", "text/plain");
        });
        // A long-poll's stand-in: answers after the number of milliseconds in the query.
        m_server.Get("/held", [](const httplib::Request& request, httplib::Response& response) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(request.get_param_value("ms"))));
            response.set_content("late", "text/plain");
        });
        m_server.Get("/busy", [](const httplib::Request&, httplib::Response& response) {
            response.status = 503;
            response.set_header("Retry-After", "17");
            response.set_content("{}", "application/json");
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~EchoServer()
    {
        m_server.stop();
        m_thread.join();
    }
    std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(m_port) + path; }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
};

net::HttpRequest get(const std::string& url)
{
    net::HttpRequest request;
    request.url = url;
    return request;
}

}  // namespace

TEST_CASE("a GET returns the status, body, ETag and every byte received", "[sync][net]")
{
    EchoServer server;
    net::CurlHttpClient http;
    auto response = http.send(get(server.url("/hello")));
    CHECK(response.ok());
    CHECK(response.status == 200);
    CHECK(response.body == "hello");
    CHECK(response.etag == "\"v1\"");
    CHECK(response.bytes_received > response.body.size() + 40);  // the status line and headers count too
    auto again = http.send(get(server.url("/hello")));  // the same handle, reused
    CHECK(again.body == "hello");
}

TEST_CASE("a POST sends its body as JSON with the caller's headers and the user agent", "[sync][net]")
{
    EchoServer server;
    net::HttpClientOptions options;
    options.user_agent = "phare-kiosk/test";
    net::CurlHttpClient http(options);
    net::HttpRequest request = get(server.url("/echo"));
    request.method = "POST";
    request.body = R"({"kiosk":"hall"})";
    request.headers.emplace_back("Authorization", "Bearer abc");
    auto response = http.send(request);
    REQUIRE(response.ok());
    CHECK(response.body == R"(application/json|Bearer abc|phare-kiosk/test|{"kiosk":"hall"})");
}

TEST_CASE("a 304 answers with no body and the tag, and a redirect is returned, not followed", "[sync][net]")
{
    test::FakeHub hub;
    hub.set_manifest("{}");
    net::CurlHttpClient http;
    auto first = http.send(get(hub.url() + "/api/v1/sites/s/manifest"));
    REQUIRE(first.status == 200);
    auto request = get(hub.url() + "/api/v1/sites/s/manifest");
    request.headers.emplace_back("If-None-Match", first.etag);
    auto second = http.send(request);
    CHECK(second.status == 304);
    CHECK(second.body.empty());
    CHECK(second.error.empty());

    EchoServer server;
    auto redirected = http.send(get(server.url("/redirect")));
    CHECK(redirected.status == 302);
    CHECK(redirected.body.find("root:") == std::string::npos);
}

TEST_CASE("only HTTP and HTTPS are spoken", "[sync][net]")
{
    net::CurlHttpClient http;
    for (const char* url : {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"}) {
        INFO(url);
        auto response = http.send(get(url));
        CHECK_FALSE(response.ok());
        CHECK(response.status == 0);
        CHECK(response.body.empty());
        CHECK_FALSE(response.error.empty());
    }
}

TEST_CASE("a header smuggling a line break is refused before sending", "[sync][net]")
{
    EchoServer server;
    net::CurlHttpClient http;
    auto request = get(server.url("/hello"));
    request.headers.emplace_back("If-None-Match", "\"x\"\r\nX-Evil: 1");
    auto response = http.send(request);
    CHECK_FALSE(response.ok());
    CHECK(response.error.find("line break") != std::string::npos);
}

TEST_CASE("a body over the limit is abandoned with a sentence giving the limit", "[sync][net]")
{
    EchoServer server;
    net::CurlHttpClient http;
    auto request = get(server.url("/hello"));
    request.max_response_bytes = 4;
    auto response = http.send(request);
    CHECK_FALSE(response.ok());
    CHECK(response.error == "response larger than 4 bytes");
    CHECK(response.body.empty());
    request.max_response_bytes = 5;
    CHECK(http.send(request).body == "hello");
}

TEST_CASE("a cancelled client refuses every later exchange at once", "[sync][net]")
{
    EchoServer server;
    net::CurlHttpClient http;
    http.cancel();
    auto response = http.send(get(server.url("/hello")));
    CHECK(response.error == "cancelled");
    CHECK(response.status == 0);
}

TEST_CASE("an https URL to a server without TLS fails, never falling back to plain HTTP", "[sync][net]")
{
    EchoServer server;
    net::HttpClientOptions options;
    options.ca_file = "/nonexistent/ca.pem";
    net::CurlHttpClient http(options);
    auto url = server.url("/hello");
    url.replace(0, 4, "https");
    auto response = http.send(get(url));
    CHECK_FALSE(response.ok());
    CHECK(response.status == 0);
    CHECK(response.body.empty());
}

TEST_CASE("a request's own timeout outlasts the client's, for a long-poll the hub holds", "[sync][net]")
{
    EchoServer server;
    net::HttpClientOptions options;
    options.total_timeout_ms = 300;
    net::CurlHttpClient http(options);
    auto short_one = http.send(get(server.url("/held?ms=800")));
    CHECK(short_one.error.rfind("timed out", 0) == 0);
    auto request = get(server.url("/held?ms=800"));
    request.timeout_ms = 3000;
    auto held = http.send(request);
    INFO(held.error);
    CHECK(held.ok());
    CHECK(held.body == "late");
}

TEST_CASE("an interrupted exchange ends as \"interrupted\" and the next one works", "[sync][net]")
{
    EchoServer server;
    net::CurlHttpClient http;
    std::atomic<bool> interrupt{false};
    auto request = get(server.url("/held?ms=3000"));
    request.interrupt = &interrupt;
    std::thread interrupter([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        interrupt = true;
    });
    const auto before = std::chrono::steady_clock::now();
    auto response = http.send(request);
    const auto took = std::chrono::steady_clock::now() - before;
    interrupter.join();
    CHECK(response.error == "interrupted");
    CHECK(response.status == 0);
    CHECK(took < std::chrono::milliseconds(2500));  // not the server's 3 s
    // Unlike cancel(), an interrupt concerns one exchange only.
    CHECK(http.send(get(server.url("/hello"))).body == "hello");
    CHECK(http.send(request).error == "interrupted");  // the flag is still set: refused at once
}

TEST_CASE("Retry-After in seconds is read from a busy answer", "[sync][net]")
{
    EchoServer server;
    net::CurlHttpClient http;
    auto busy = http.send(get(server.url("/busy")));
    CHECK(busy.status == 503);
    CHECK(busy.retry_after_s == 17);
    CHECK(http.send(get(server.url("/hello"))).retry_after_s == -1);
}
