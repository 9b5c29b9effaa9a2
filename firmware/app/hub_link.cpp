#include "app/hub_link.h"

#include "app/sync/content_sync.h"
#include "app/sync/feedback_uploader.h"
#include "app/sync/heartbeat.h"
#include "platform/net/curl_http_client.h"
#include "platform/store/bundle_store.h"
#include "platform/store/outbox.h"
#include "platform/system/log.h"

#include <sys/stat.h>

#include <fstream>
#include <random>
#include <sstream>

namespace phare::app {

struct HubLink::Parts {
    Options options;
    std::string site_id;
    std::string token;
    std::atomic<bool> cancel{false};
    std::unique_ptr<net::CurlHttpClient> http;
    std::unique_ptr<store::BundleStore> store;
    std::unique_ptr<store::Outbox> outbox;  // its own connection: the recorder writes on another thread
    std::unique_ptr<ContentSync> sync;
    std::unique_ptr<FeedbackUploader> uploader;
    std::unique_ptr<HeartbeatSender> heartbeat;
    std::unique_ptr<LiveChannel> live;  // null: live_channel = false
    std::unique_ptr<QueueClient> queue;
    SteadyWorkerClock clock;
    std::unique_ptr<NetWorker> worker;
    std::mutex poll_mutex;  // one content poll at a time: the worker's or a script's
    NetStatus script_status;  // what polls made without the worker (scripts) found
};

namespace {

Result<std::string> read_token(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return fail(path, "cannot read the kiosk's token file");
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        log::warning("sync", path + ": the token file can be read by other users; make it 0600");
    std::ifstream in(path);
    std::string token;
    in >> token;
    if (token.size() != 64 || token.find_first_not_of("0123456789abcdef") != std::string::npos)
        return fail(path, "the token must be the 64 hex digits printed by `phare-hub kiosk add`");
    return token;
}

}  // namespace

Result<std::unique_ptr<HubLink>> HubLink::open(const Options& options, const std::string& state_dir, const std::string& site_id)
{
    auto parts = std::make_unique<Parts>();
    parts->options = options;
    parts->site_id = site_id;
    auto token = read_token(options.token_file);
    if (!token)
        return tl::unexpected(token.error());
    parts->token = *token;
    auto store = store::BundleStore::open(state_dir);
    if (!store)
        return tl::unexpected(store.error());
    parts->store = std::move(*store);
    auto outbox = store::Outbox::open(state_dir + "/outbox.db", options.outbox_capacity);
    if (!outbox)
        return tl::unexpected(outbox.error());
    parts->outbox = std::move(*outbox);

    net::HttpClientOptions http;
    http.ca_file = options.ca_file;
    parts->http = std::make_unique<net::CurlHttpClient>(http, &parts->cancel);
    parts->sync = std::make_unique<ContentSync>(*parts->http, *parts->store, SyncSettings{options.hub_url, site_id, options.hub_public_key});
    parts->uploader = std::make_unique<FeedbackUploader>(*parts->http, *parts->outbox,
                                                         UploaderSettings{options.hub_url, options.kiosk_id, parts->token});
    parts->heartbeat = std::make_unique<HeartbeatSender>(*parts->http, HubEndpoint{options.hub_url, options.kiosk_id, parts->token});
    // The same client: the long-poll and the other calls share one keep-alive connection.
    if (options.live_channel)
        parts->live = std::make_unique<LiveChannel>(*parts->http, HubEndpoint{options.hub_url, options.kiosk_id, parts->token});
    parts->queue = std::make_unique<QueueClient>(*parts->http, HubEndpoint{options.hub_url, options.kiosk_id, parts->token});
    return std::unique_ptr<HubLink>(new HubLink(std::move(parts)));
}

HubLink::HubLink(std::unique_ptr<Parts> parts) : m_parts(std::move(parts)) {}

HubLink::~HubLink() { stop(); }

Result<std::unique_ptr<LiveContent>> HubLink::stored_content(const std::string& kiosk_id)
{
    auto load = load_current_bundle(*m_parts->store, m_parts->site_id);
    if (!load)
        return tl::unexpected(load.error());
    if (!*load)
        return std::unique_ptr<LiveContent>();
    LoadedBundle& bundle = **load;
    return make_live_content(std::move(bundle.files), std::move(bundle.site), bundle.version, "bundle " + std::to_string(bundle.version),
                             kiosk_id);
}

ContentPollResult HubLink::poll(ContentSwitcher& switcher, const std::string& kiosk_id)
{
    std::lock_guard lock(m_parts->poll_mutex);
    SyncOutcome outcome = m_parts->sync->poll_once();
    ContentPollResult result;
    result.content_version = outcome.version;
    result.hub_answered = outcome.kind != SyncKind::Unreachable;
    result.ok = outcome.kind == SyncKind::Unchanged || outcome.kind == SyncKind::Updated;
    result.error = outcome.reason;
    if (outcome.kind == SyncKind::Updated) {
        if (auto live = make_live_content(std::move(outcome.files), std::move(*outcome.site), outcome.version,
                                          "bundle " + std::to_string(outcome.version), kiosk_id)) {
            switcher.offer(std::move(*live));
        } else {
            result.ok = false;
            result.error = describe(live.error());
        }
    }
    return result;  // content sync and the worker have logged what went wrong
}

void HubLink::start(ContentSwitcher& switcher, const std::string& kiosk_id, int shown_version, std::function<void()> wake,
                    std::function<void(ui::Input)> queue_sink)
{
    NetWorkerSettings settings;
    settings.content.poll_interval = std::chrono::seconds(m_parts->options.poll_interval_s);
    settings.heartbeat.poll_interval = std::chrono::seconds(m_parts->options.heartbeat_interval_s);
    settings.seed = std::random_device{}();  // each kiosk its own jitter
    settings.content_version = shown_version;
    NetJobs jobs;
    jobs.content = [this, &switcher, kiosk_id] { return poll(switcher, kiosk_id); };
    jobs.uploader = m_parts->uploader.get();
    jobs.heartbeat = m_parts->heartbeat.get();
    jobs.live = m_parts->live.get();
    if (queue_sink)
        jobs.queue = m_parts->queue.get();
    m_parts->worker = std::make_unique<NetWorker>(
        std::move(jobs), settings, m_parts->clock,
        [wake = std::move(wake)](const NetEvent&) {
            if (wake)
                wake();
        },
        &m_parts->cancel);
    m_parts->worker->set_queue_sink(std::move(queue_sink));
    m_parts->worker->start();
}

Result<void> HubLink::poll_now(ContentSwitcher& switcher, const std::string& kiosk_id)
{
    ContentPollResult result = poll(switcher, kiosk_id);
    NetStatus& status = m_parts->script_status;
    status.hub_reachable = result.hub_answered;
    status.content_version = result.content_version;
    status.last_error = result.error;
    if (result.ok)
        status.last_sync_ok_at = std::chrono::steady_clock::now();
    if (!result.ok)
        return fail(m_parts->options.hub_url, result.error);
    return {};
}

ui::Input HubLink::poll_queue_now()
{
    std::lock_guard lock(m_parts->poll_mutex);
    QueueSnapshotOutcome outcome = m_parts->queue->fetch_snapshot();
    if (!outcome.snapshot) {
        log::warning("sync", outcome.error);
        return ui::QueueReach{false};
    }
    return ui::QueueSnapshotIn{std::move(*outcome.snapshot)};
}

HubEndpoint HubLink::endpoint() const { return {m_parts->options.hub_url, m_parts->options.kiosk_id, m_parts->token}; }

net::HttpClientOptions HubLink::http_options() const
{
    net::HttpClientOptions http;
    http.ca_file = m_parts->options.ca_file;
    return http;
}

void HubLink::nudge_upload()
{
    if (m_parts->worker)
        m_parts->worker->nudge();
}

NetStatus HubLink::status() const
{
    if (m_parts->worker)
        return m_parts->worker->status();
    NetStatus status = m_parts->script_status;
    const store::OutboxStats outbox = m_parts->outbox->stats();
    status.backlog = outbox.pending;
    status.dropped = outbox.dropped;
    status.rejected = outbox.rejected;
    return status;
}

void HubLink::stop()
{
    if (m_parts && m_parts->worker)
        m_parts->worker->stop();
}

}  // namespace phare::app
