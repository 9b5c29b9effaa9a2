#pragma once
// What the content sync tests share: a real hub (hub_fixture.h), bundles signed with a key the test
// holds, a hub double on 127.0.0.1 for the faults a real hub never produces, and an HttpClient
// decorator that alters answers on purpose.

#include "app/sync/content_sync.h"
#include "core/bundle/manifest.h"
#include "platform/crypto/crypto.h"
#include "hub_fixture.h"
#include "platform/net/curl_http_client.h"
#include "platform/store/bundle_store.h"
#include "platform/store/site_directory.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <mutex>

namespace phare::test {

inline content::SourceFiles prefecture_files()
{
    auto files = store::read_site_directory(source_dir("config/sites/prefecture-44"));
    if (!files)
        throw std::runtime_error(describe(files.error()));
    return *files;
}

// A new description for one service in one language: what an agent's text change does.
inline content::SourceFiles with_service_text(content::SourceFiles files, const std::string& text, std::size_t service = 0)
{
    auto services = nlohmann::json::parse(files.at("services.json"));
    services["services"][service]["description"]["fr"] = text;
    files["services.json"] = services.dump(2);
    return files;
}

struct SignedBundle {
    bundle::Manifest manifest;
    std::string manifest_json;
    std::map<std::string, std::string> blobs;  // sha256 -> bytes
};

// Signs whatever it is given, paths included: the tests decide what is wrong with it.
inline SignedBundle sign_bundle(const content::SourceFiles& files, int version, const crypto::SigningKey& key,
                                const std::string& site = "prefecture-44")
{
    SignedBundle signed_bundle;
    auto& manifest = signed_bundle.manifest;
    manifest.site = site;
    manifest.version = version;
    manifest.key_id = crypto::key_id(crypto::public_key_hex(key));
    for (const auto& [path, bytes] : files) {
        std::string sha = crypto::sha256_hex(bytes);
        manifest.files.push_back({path, sha, bytes.size()});
        signed_bundle.blobs[sha] = bytes;
    }
    manifest.signature = crypto::sign_hex(bundle::canonical_bytes(manifest), key);
    signed_bundle.manifest_json = bundle::to_json(manifest);
    return signed_bundle;
}

// Serves one manifest (with an ETag and 304s) and a map of blobs, exactly as set by the test.
class FakeHub {
public:
    FakeHub()
    {
        m_server.Get(R"(/api/v1/sites/([^/]+)/manifest)", [this](const httplib::Request& request, httplib::Response& response) {
            wait_out_stall();
            std::lock_guard lock(m_mutex);
            ++manifest_requests;
            std::string etag = "\"" + crypto::sha256_hex(m_manifest).substr(0, 16) + "\"";
            response.set_header("ETag", etag);
            if (request.get_header_value("If-None-Match") == etag) {
                response.status = 304;
                return;
            }
            response.set_content(m_manifest, "application/json");
        });
        m_server.Get(R"(/api/v1/blobs/([0-9a-f]{64}))", [this](const httplib::Request& request, httplib::Response& response) {
            wait_out_stall();
            std::lock_guard lock(m_mutex);
            ++blob_requests;
            auto it = m_blobs.find(request.matches[1].str());
            if (it == m_blobs.end()) {
                response.status = 404;
                return;
            }
            if (chunked) {
                // No Content-Length: the kiosk only learns the size while receiving.
                std::string bytes = it->second;
                response.set_chunked_content_provider("application/octet-stream", [bytes](std::size_t, httplib::DataSink& sink) {
                    sink.write(bytes.data(), bytes.size());
                    sink.done();
                    return true;
                });
                return;
            }
            response.set_content(it->second, "application/octet-stream");
        });
        // Headers and body leave in two writes: without TCP_NODELAY, Nagle waits for the kiosk's
        // delayed ACK (40 ms) before sending each body.
        m_server.set_tcp_nodelay(true);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~FakeHub()
    {
        m_stopping = true;
        m_server.stop();
        m_thread.join();
    }
    FakeHub(const FakeHub&) = delete;
    FakeHub& operator=(const FakeHub&) = delete;

    void serve(const SignedBundle& bundle)
    {
        std::lock_guard lock(m_mutex);
        m_manifest = bundle.manifest_json;
        for (const auto& [sha, bytes] : bundle.blobs)
            m_blobs[sha] = bytes;
    }
    void set_manifest(std::string json)
    {
        std::lock_guard lock(m_mutex);
        m_manifest = std::move(json);
    }
    void set_blob(const std::string& sha, std::string bytes)
    {
        std::lock_guard lock(m_mutex);
        m_blobs[sha] = std::move(bytes);
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

    std::atomic<int> stall_ms{0};  // every answer waits this long first
    std::atomic<bool> chunked{false};
    std::atomic<int> manifest_requests{0};
    std::atomic<int> blob_requests{0};

private:
    void wait_out_stall()
    {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(stall_ms.load());
        while (!m_stopping && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    httplib::Server m_server;
    std::mutex m_mutex;
    std::string m_manifest;
    std::map<std::string, std::string> m_blobs;
    std::atomic<bool> m_stopping{false};
    int m_port = 0;
    std::thread m_thread;
};

// Passes requests on and lets the test rewrite the answers: a tampering proxy.
class AlteringClient final : public net::HttpClient {
public:
    using Alteration = std::function<void(const net::HttpRequest&, net::HttpResponse&)>;
    AlteringClient(net::HttpClient& inner, Alteration alter) : m_inner(inner), m_alter(std::move(alter)) {}
    net::HttpResponse send(const net::HttpRequest& request) override
    {
        auto response = m_inner.send(request);
        m_alter(request, response);
        return response;
    }

private:
    net::HttpClient& m_inner;
    Alteration m_alter;
};

inline std::unique_ptr<store::BundleStore> open_store(const std::string& state_dir)
{
    auto store = store::BundleStore::open(state_dir);
    if (!store)
        throw std::runtime_error(describe(store.error()));
    return std::move(*store);
}

inline net::HttpClientOptions quick_client()
{
    net::HttpClientOptions options;
    options.connect_timeout_ms = 5000;
    options.total_timeout_ms = 5000;
    return options;
}

}  // namespace phare::test
