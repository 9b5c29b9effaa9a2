#include "hub.h"

#include "platform/crypto/key_file.h"
#include "error_pages.h"
#include "hub_context.h"
#include "http_util.h"
#include "routes.h"
#include "storage_sqlite.h"
#include "platform/store/site_directory.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace phare::hub {

struct Hub::Impl {
    Impl(Clock clock, const RateLimits& limits) : context(std::move(clock), limits) {}
    HubContext context;
    http::Router router;
    // Declared after what its handlers use: destroyed, and its threads joined, first.
    std::unique_ptr<http::Server> server;
    bool key_created = false;
};

namespace {

Result<void> make_private_folder(const std::string& path)
{
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
        return fail(path, "cannot create the data folder: " + std::string(std::strerror(errno)));
    return {};
}

std::string describe_all(const content::Problems& problems, const std::string& root)
{
    std::string text;
    for (const auto& problem : problems)
        text += "\n  " + content::describe(problem, root);
    return text;
}

Result<void> publish_site_folder(HubContext& context, const std::string& site_dir)
{
    auto files = store::read_site_directory(site_dir);
    if (!files)
        return tl::unexpected(files.error());
    auto outcome = context.publisher->publish_source(std::move(*files), "phare-hub");
    if (outcome.kind == PublishKind::Refused)
        return fail(site_dir, "the site does not validate and was not published:" + describe_all(outcome.problems, site_dir));
    return {};
}

}  // namespace

std::string database_path(const std::string& data_dir) { return data_dir + "/hub.sqlite"; }
std::string blobs_path(const std::string& data_dir) { return data_dir + "/blobs"; }
std::string signing_key_path(const std::string& data_dir) { return data_dir + "/signing.key"; }

Result<std::unique_ptr<Storage>> open_data_storage(const std::string& data_dir)
{
    if (auto made = make_private_folder(data_dir); !made)
        return tl::unexpected(made.error());
    try {
        return open_sqlite_storage(database_path(data_dir));
    } catch (const StorageError& e) {
        return fail(data_dir, "cannot open the hub's database: " + std::string(e.what()));
    }
}

Hub::Hub(Clock clock, const RateLimits& limits) : m_impl(std::make_unique<Impl>(std::move(clock), limits)) {}
Hub::~Hub()
{
    if (m_impl->context.live)
        m_impl->context.live->set_listener({});
}

Result<std::unique_ptr<Hub>> Hub::open(const HubOptions& options)
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
        context.live = std::make_unique<LiveChannel>(*context.storage, options.clock);
        context.open_data = std::make_unique<OpenDataCache>(*context.storage);
        context.queue = std::make_unique<QueueDesk>(*context.storage, *context.live, options.clock);
        context.public_url = options.public_url;
        // Kiosks hear of every new version, a site folder changed between two starts included.
        context.publisher->set_listener([live = context.live.get()](const std::string&, int version) {
            live->publish("", "content", nlohmann::json{{"version", version}}.dump());
        });
        if (!options.site_dir.empty())
            if (auto published = publish_site_folder(context, options.site_dir); !published)
                return tl::unexpected(published.error());
    } catch (const StorageError& e) {
        return fail(options.data_dir, std::string(e.what()));
    }
    auto proxies = TrustedProxies::parse(options.trusted_proxies);
    if (!proxies)
        return tl::unexpected(proxies.error());
    auto& router = hub->m_impl->router;
    add_all_routes(router, context);
    hub->m_impl->server = std::make_unique<http::Server>(router, std::move(*proxies), options.server, answer_refusal);
    context.live->set_listener([server = hub->m_impl->server.get()] { server->wake_held(); });
    return hub;
}

Result<int> Hub::bind(const std::string& host, int port) { return m_impl->server->bind(host, port); }
void Hub::run() { m_impl->server->run(); }
void Hub::stop() { m_impl->server->stop(); }
bool Hub::is_running() const { return m_impl->server->is_running(); }
http::ServerStats Hub::stats() const { return m_impl->server->stats(); }
HubContext& Hub::context() { return m_impl->context; }
std::string Hub::public_key_hex() const { return m_impl->context.publisher->public_key_hex(); }
bool Hub::key_was_created() const { return m_impl->key_created; }

}  // namespace phare::hub
