#include "hub.h"

#include "crypto/key_file.h"
#include "hub_context.h"
#include "http_util.h"
#include "routes.h"
#include "storage_sqlite.h"
#include "store/site_directory.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace phare::hub {

struct Hub::Impl {
    Impl(Clock clock, const RateLimits& limits) : context(std::move(clock), limits) {}
    HubContext context;
    httplib::Server server;
    bool key_created = false;
};

namespace {

tl::expected<void, std::string> make_private_folder(const std::string& path)
{
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
        return tl::unexpected(path + ": cannot create the data folder: " + std::strerror(errno));
    return {};
}

std::string describe_all(const content::Problems& problems, const std::string& root)
{
    std::string text;
    for (const auto& problem : problems)
        text += "\n  " + content::describe(problem, root);
    return text;
}

tl::expected<void, std::string> publish_site_folder(HubContext& context, const std::string& site_dir)
{
    store::ReadError error;
    auto files = store::read_site_directory(site_dir, error);
    if (!files)
        return tl::unexpected(error.path + ": " + error.message);
    auto outcome = context.publisher->publish_source(std::move(*files), "phare-hub");
    if (outcome.kind == PublishKind::Refused)
        return tl::unexpected("the site does not validate and was not published:" + describe_all(outcome.problems, site_dir));
    return {};
}

std::string error_sentence(int status)
{
    switch (status) {
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "the request body is too large (at most 256 KiB)";
    case 414: return "the request line is too long";
    default: return "request refused (HTTP " + std::to_string(status) + ")";
    }
}

void configure(httplib::Server& server, const HubOptions& options)
{
    server.set_payload_max_length(max_body_bytes);
    // Headers and body go out in separate writes: without TCP_NODELAY each answer waits ~40 ms for
    // the client's delayed ACK (Nagle): a kiosk's first sync (18 blobs) took 0.7 s instead of 0.15 s.
    server.set_tcp_nodelay(true);
    server.set_read_timeout(options.read_timeout_s, 0);
    server.set_write_timeout(options.write_timeout_s, 0);
    server.set_keep_alive_timeout(options.read_timeout_s);
    server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        std::string what = "unknown error";
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "phare-hub: %s %s failed: %s\n", req.method.c_str(), req.path.c_str(), what.c_str());
        send_error(res, 500, "internal error; the hub's log says why");
    });
    server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        send_error(res, res.status, error_sentence(res.status));
        return httplib::Server::HandlerResponse::Handled;
    }));
}

}  // namespace

std::string database_path(const std::string& data_dir) { return data_dir + "/hub.sqlite"; }
std::string blobs_path(const std::string& data_dir) { return data_dir + "/blobs"; }
std::string signing_key_path(const std::string& data_dir) { return data_dir + "/signing.key"; }

tl::expected<std::unique_ptr<Storage>, std::string> open_data_storage(const std::string& data_dir)
{
    if (auto made = make_private_folder(data_dir); !made)
        return tl::unexpected(made.error());
    try {
        return open_sqlite_storage(database_path(data_dir));
    } catch (const StorageError& e) {
        return tl::unexpected(std::string(e.what()));
    }
}

Hub::Hub(Clock clock, const RateLimits& limits) : m_impl(std::make_unique<Impl>(std::move(clock), limits)) {}
Hub::~Hub() { stop(); }

tl::expected<std::unique_ptr<Hub>, std::string> Hub::open(const HubOptions& options)
{
    std::unique_ptr<Hub> hub(new Hub(options.clock, options.limits));
    HubContext& context = hub->m_impl->context;
    auto storage = open_data_storage(options.data_dir);
    if (!storage)
        return tl::unexpected(storage.error());
    crypto::Created created = crypto::Created::No;
    auto key = crypto::load_or_create_signing_key_file(signing_key_path(options.data_dir), created);
    if (!key)
        return tl::unexpected(key.error());
    hub->m_impl->key_created = created == crypto::Created::Yes;
    try {
        context.storage = std::move(*storage);
        context.blobs = std::make_unique<BlobStore>(blobs_path(options.data_dir));
        context.publisher = std::make_unique<Publisher>(*context.storage, *context.blobs, *key, options.clock);
        context.auth = std::make_unique<AgentAuth>(*context.storage, options.clock);
        if (!options.site_dir.empty())
            if (auto published = publish_site_folder(context, options.site_dir); !published)
                return tl::unexpected(published.error());
    } catch (const StorageError& e) {
        return tl::unexpected(std::string(e.what()));
    }
    configure(hub->m_impl->server, options);
    add_kiosk_routes(hub->m_impl->server, context);
    add_agent_routes(hub->m_impl->server, context);
    add_report_routes(hub->m_impl->server, context);
    add_route_page_routes(hub->m_impl->server, context);
    return hub;
}

tl::expected<int, std::string> Hub::bind(const std::string& host, int port)
{
    auto& server = m_impl->server;
    int bound = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
    if (bound < 0)
        return tl::unexpected("cannot listen on " + host + ":" + std::to_string(port) + ": " + std::strerror(errno));
    return bound;
}

void Hub::run() { m_impl->server.listen_after_bind(); }
void Hub::stop() { m_impl->server.stop(); }
bool Hub::is_running() const { return m_impl->server.is_running(); }
HubContext& Hub::context() { return m_impl->context; }
std::string Hub::public_key_hex() const { return m_impl->context.publisher->public_key_hex(); }
bool Hub::key_was_created() const { return m_impl->key_created; }

}  // namespace phare::hub
