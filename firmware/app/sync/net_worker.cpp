#include "app/sync/net_worker.h"

#include "platform/system/log.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace phare::app {

namespace {

constexpr std::size_t index(NetJob job) { return static_cast<std::size_t>(job); }

}  // namespace

std::string to_string(NetJob job)
{
    switch (job) {
    case NetJob::Content: return "content sync";
    case NetJob::Upload: return "feedback upload";
    case NetJob::Heartbeat: return "heartbeat";
    }
    return "job";
}

NetWorker::NetWorker(NetJobs jobs, NetWorkerSettings settings, WorkerClock& clock, std::function<void(const NetEvent&)> on_event,
                     std::atomic<bool>* cancel)
    : m_jobs(std::move(jobs)),
      m_settings(settings),
      m_clock(clock),
      m_on_event(std::move(on_event)),
      m_cancel(cancel ? cancel : &m_own_cancel),
      // Each job draws from its own seed, so one job's failures do not shift another's jitter.
      m_job{Job{sync::RetrySchedule(settings.content, settings.seed), {}, {}, {}},
            Job{sync::RetrySchedule(settings.upload, settings.seed ^ 0x5555'5555'5555'5555ULL), {}, {}, {}},
            Job{sync::RetrySchedule(settings.heartbeat, settings.seed ^ 0xAAAA'AAAA'AAAA'AAAAULL), {}, {}, {}}},
      m_live_schedule(settings.live, settings.seed ^ 0x3333'3333'3333'3333ULL)
{
    m_status.content_version = settings.content_version;
}

NetWorker::~NetWorker() { stop(); }

void NetWorker::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable() || m_stopping)
        return;
    m_started = m_clock.now();
    // Content first; the upload drains what waited while the kiosk was off; the first heartbeat
    // then carries fresh numbers.
    m_job[index(NetJob::Content)].due = m_started;
    m_job[index(NetJob::Upload)].due = m_started + m_settings.nudge_delay;
    m_job[index(NetJob::Heartbeat)].due = m_started + 2 * m_settings.nudge_delay;
    if (m_jobs.uploader) {
        auto stats = m_jobs.uploader->outbox_stats();
        m_status.backlog = stats.pending;
        m_status.dropped = stats.dropped;
        m_status.rejected = stats.rejected;
    }
    m_thread = std::thread([this] { run(); });
}

void NetWorker::nudge()
{
    {
        std::lock_guard lock(m_mutex);
        m_nudged = true;
        // A held long-poll would keep the rating waiting up to its whole wait: end it. The loop
        // then applies the nudge (or not, if the upload is backing off) and polls again.
        if (m_live_held)
            m_live_interrupt = true;
    }
    m_wake.notify_all();
}

void NetWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    // The HttpClient watches this flag: a request in progress ends within its poll period.
    m_cancel->store(true);
    m_live_interrupt = true;  // also for an HttpClient that does not watch the cancel flag
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

NetStatus NetWorker::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

std::optional<NetJob> NetWorker::next_job() const
{
    std::optional<NetJob> next;
    for (NetJob job : {NetJob::Content, NetJob::Upload, NetJob::Heartbeat}) {
        const bool present = job == NetJob::Content ? static_cast<bool>(m_jobs.content)
                             : job == NetJob::Upload ? m_jobs.uploader != nullptr
                                                     : m_jobs.heartbeat != nullptr;
        // Ties go to the earlier job in this order, so a heartbeat reports what was just done.
        if (present && (!next || m_job[index(job)].due < m_job[index(*next)].due))
            next = job;
    }
    return next;
}

void NetWorker::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (std::exchange(m_nudged, false)) {
            Job& upload = m_job[index(NetJob::Upload)];
            // A nudge never shortens a backoff: visitors' ratings must not turn into a hot loop
            // against a hub that is down.
            if (m_jobs.uploader && upload.schedule.consecutive_failures() == 0)
                upload.due = std::min(upload.due, m_clock.now() + m_settings.nudge_delay);
        }
        const auto job = next_job();
        if (!job) {
            m_wake.wait(lock, [this] { return m_stopping || m_nudged; });
            continue;
        }
        const auto now = m_clock.now();
        const auto due = m_job[index(*job)].due;
        if (now < due) {
            // Whole seconds (the protocol's unit), rounded down so the long-poll ends before the job.
            const auto until_due = std::chrono::duration_cast<std::chrono::seconds>(due - now);
            if (live_enabled() && now >= m_live_due && until_due >= m_settings.live_min_wait) {
                const auto wait = std::min(until_due, m_settings.live_wait);
                m_live_held = true;
                m_live_interrupt = false;
                lock.unlock();
                run_live(wait);
                lock.lock();
                m_live_held = false;
                continue;
            }
            m_clock.wait_until(m_wake, lock, live_enabled() && now < m_live_due ? std::min(due, m_live_due) : due);
            continue;
        }
        lock.unlock();
        run_job(*job);
        lock.lock();
    }
}

void NetWorker::run_job(NetJob job)
{
    NetEvent event;
    event.job = job;
    sync::RetrySchedule& schedule = m_job[index(job)].schedule;
    std::chrono::milliseconds delay{0};
    try {
        if (job == NetJob::Content) {
            const ContentPollResult result = m_jobs.content();
            event.ok = result.ok;
            event.error = result.error;
            event.content_version = result.content_version;
            event.hub_answered = result.hub_answered;
            delay = result.ok ? schedule.after_success() : schedule.after_failure();
        } else if (job == NetJob::Upload) {
            event = run_upload(schedule, delay);
        } else {
            event = run_heartbeat();
            delay = event.ok ? schedule.after_success() : schedule.after_failure();
        }
    } catch (const std::exception& error) {
        // A job that throws (a bug in an adapter) must not take the worker down with it.
        event.ok = false;
        event.hub_answered = false;
        event.error = to_string(job) + ": " + error.what();
        delay = schedule.after_failure();
    }
    event.job = job;
    m_job[index(job)].due = m_clock.now() + delay;
    // Without a held live channel, the board is refreshed with each content poll.
    bool live_connected = false;
    {
        std::lock_guard lock(m_mutex);
        live_connected = m_status.live_connected;
    }
    if (job == NetJob::Content && !(live_enabled() && live_connected) && !m_cancel->load())
        refresh_queue();
    if (m_cancel->load() && !event.ok)
        return;  // stopping: a "cancelled" is not news for anyone
    record(job, event);
    if (m_on_event)
        m_on_event(event);
}

void NetWorker::run_live(std::chrono::seconds wait)
{
    const auto started = m_clock.now();
    LiveOutcome outcome;
    try {
        outcome = m_jobs.live->wait_for_events(m_live_since, wait, &m_live_interrupt);
    } catch (const std::exception& error) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = std::string("live channel: ") + error.what();
    }
    if (m_cancel->load())
        return;  // stopping: nothing to record
    const auto now = m_clock.now();
    std::string logged_error;
    bool reconnected = false;
    bool first_connection = false;
    {
        std::lock_guard lock(m_mutex);
        ++m_status.live_polls;
        switch (outcome.kind) {
        case LiveOutcome::Kind::Interrupted:
            return;  // more urgent work first; the next long-poll asks from the same `since`
        case LiveOutcome::Kind::Failed: {
            auto delay = m_live_schedule.after_failure();
            // A busy hub says when to come back; never sooner, but not beyond the cap either.
            if (outcome.retry_after_s > 0)
                delay = std::max(delay, std::min<sync::Millis>(std::chrono::seconds(outcome.retry_after_s),
                                                               m_live_schedule.policy().backoff_cap));
            m_live_due = now + delay;
            if (outcome.error != m_status.live_error)
                logged_error = outcome.error;
            m_status.live_connected = false;
            m_status.live_error = outcome.error;
            m_status.hub_reachable = hub_answered(outcome.failure);
            break;
        }
        case LiveOutcome::Kind::Events: {
            const sync::LiveBatch& batch = outcome.batch;
            // A hub with nothing to replay from 0 (a fresh log) may answer every since=0 with a
            // resync at the same position: the sync it asked for has been made, nothing moved.
            const bool same_position = batch.resync && m_live_last_resync && batch.events.empty() && batch.next == m_live_since;
            // A resync for since=0 is normal (first start, fresh log); twice past 0 is not.
            const bool repeated_resync = batch.resync && m_live_last_resync && m_live_since != 0 && !same_position;
            // Handling an event is making the job it asks for due; only then is `since` advanced,
            // so an event is acted on exactly once even if this thread stopped in between.
            if (batch.content_due() && !same_position) {
                Job& content = m_job[index(NetJob::Content)];
                content.due = std::min(content.due, now);
                ++m_status.live_content_syncs;
            }
            m_live_since = batch.next;
            m_status.live_seq = batch.next;
            reconnected = !m_status.live_connected && !m_status.live_error.empty();
            first_connection = !m_live_ever_connected;
            m_live_ever_connected = true;
            m_status.live_connected = true;
            m_status.live_error.clear();
            m_status.hub_reachable = true;
            if (same_position || (batch.events.empty() && !batch.resync)) {
                // Nothing new: the hub should have held the request for the whole wait. One that
                // answers at once is not asked again before the wait would have ended.
                m_live_schedule.reset();
                m_live_due = started + wait;
            } else if (repeated_resync) {
                // Twice in a row the hub cannot replay, and its position moved: a fault on its
                // side. Each resync costs a manifest poll; back off rather than loop on it.
                m_live_due = now + m_live_schedule.after_failure();
            } else {
                m_live_schedule.reset();
                m_live_due = now;
            }
            m_live_last_resync = batch.resync;
            break;
        }
        }
    }
    if (!logged_error.empty())
        log::warning("net", logged_error);
    else if (reconnected)
        log::info("net", "live channel: connected again");
    else if (first_connection)  // from here on, every change on the hub reaches this kiosk at once
        log::info("net", "live channel: connected");
    if (outcome.kind == LiveOutcome::Kind::Events)
        hand_queue_events(outcome.batch);
    else if (m_jobs.queue && m_queue_sink)
        m_queue_sink(ui::QueueReach{false});
}

void NetWorker::refresh_queue()
{
    if (!m_jobs.queue || !m_queue_sink)
        return;
    QueueSnapshotOutcome outcome;
    try {
        outcome = m_jobs.queue->fetch_snapshot();
    } catch (const std::exception& error) {
        outcome.failure = HubFailure::ServerError;
        outcome.error = std::string("queue snapshot: ") + error.what();
    }
    if (m_cancel->load())
        return;
    if (outcome.snapshot) {
        if (!m_queue_error.empty())
            log::info("net", "queue snapshot: working again");
        m_queue_error.clear();
        m_queue_sink(ui::QueueSnapshotIn{std::move(*outcome.snapshot)});
        return;
    }
    if (outcome.error != m_queue_error)
        log::warning("net", outcome.error);
    m_queue_error = outcome.error;
    m_queue_sink(ui::QueueReach{false});
}

void NetWorker::hand_queue_events(const sync::LiveBatch& batch)
{
    if (!m_jobs.queue || !m_queue_sink)
        return;
    // A resync: the hub cannot replay, so the board is fetched whole and nothing old is announced
    // (the snapshot's seq covers it).
    if (batch.resync)
        refresh_queue();
    bool handed = false;
    for (const sync::LiveEvent& event : batch.events) {
        if (event.kind != sync::LiveEventKind::Queue)
            continue;
        auto parsed = sync::parse_queue_event(event.data);
        if (!parsed) {
            // One bad event is skipped (and said); the next snapshot repairs the board.
            log::warning("net", describe(parsed.error()) + " (event " + std::to_string(event.seq) + ")");
            continue;
        }
        m_queue_sink(ui::QueueEventIn{event.seq, std::move(*parsed)});
        handed = true;
    }
    if (!handed && !batch.resync)
        m_queue_sink(ui::QueueReach{true});  // the hub answered: the board is still current
}

NetEvent NetWorker::run_upload(sync::RetrySchedule& schedule, std::chrono::milliseconds& delay)
{
    const UploadOutcome outcome = m_jobs.uploader->upload_once(m_cancel);
    NetEvent event;
    event.job = NetJob::Upload;
    event.ok = outcome.ok();
    event.hub_answered = hub_answered(outcome.failure);
    event.error = outcome.error;
    event.backlog = outcome.pending;
    if (outcome.ok()) {
        delay = schedule.after_success();
    } else {
        // Progress then a 429 (a long backlog meets the hub's rate limit) is not a hub in trouble:
        // retry at the first backoff step, not further and further away.
        if (outcome.made_progress())
            schedule.reset();
        delay = schedule.after_failure();
    }
    return event;
}

NetEvent NetWorker::run_heartbeat()
{
    HeartbeatReport report;
    {
        std::lock_guard lock(m_mutex);
        report.content_version = m_status.content_version;
        report.last_error = m_status.last_error;
    }
    report.uptime_s = std::chrono::duration_cast<std::chrono::seconds>(m_clock.now() - m_started).count();
    if (m_jobs.uploader) {
        const auto stats = m_jobs.uploader->outbox_stats();
        report.outbox_backlog = stats.pending;
        report.outbox_dropped = stats.dropped;
        report.outbox_rejected = stats.rejected;
    }
    const HeartbeatResult result = m_jobs.heartbeat->send(report);
    NetEvent event;
    event.job = NetJob::Heartbeat;
    event.ok = result.ok();
    event.hub_answered = hub_answered(result.failure);
    event.error = result.error;
    event.backlog = report.outbox_backlog;
    return event;
}

void NetWorker::record(NetJob job, const NetEvent& event)
{
    store::OutboxStats stats;
    if (m_jobs.uploader)
        stats = m_jobs.uploader->outbox_stats();
    const auto now = m_clock.now();
    std::string previous_error;
    {
        std::lock_guard lock(m_mutex);
        Job& state = m_job[index(job)];
        previous_error = state.error;
        state.error = event.ok ? std::string() : event.error;
        state.error_at = now;
        ++m_status.attempts[index(job)];
        m_status.hub_reachable = event.hub_answered;
        m_status.backlog = stats.pending;
        m_status.dropped = stats.dropped;
        m_status.rejected = stats.rejected;
        if (job == NetJob::Content && event.content_version > 0)
            m_status.content_version = event.content_version;
        if (job == NetJob::Content && event.ok)
            m_status.last_sync_ok_at = now;
        if (job == NetJob::Upload && event.ok)
            m_status.last_upload_ok_at = now;
        m_status.last_error.clear();
        std::optional<WorkerClock::TimePoint> newest;
        for (const Job& each : m_job)
            if (!each.error.empty() && (!newest || each.error_at >= *newest)) {
                newest = each.error_at;
                m_status.last_error = each.error;
            }
    }
    // Degrade loudly, once: a new error is logged, the same error again is not, recovery is.
    if (!event.ok && event.error != previous_error)
        log::warning("net", event.error);
    else if (event.ok && !previous_error.empty())
        log::info("net", to_string(job) + ": working again");
}

}  // namespace phare::app
