#pragma once
// The kiosk's network worker (docs/architecture.md): one background thread that
// runs the periodic jobs — content sync, feedback upload, heartbeat — each on its own
// RetrySchedule, and sleeps on a condition variable in between. Time comes from an injected
// WorkerClock, so tests run a simulated week in seconds.
//
// It never touches UI state: every job's result goes out through `on_event` (called on the worker
// thread; the app turns it into an SDL user event), and status() gives a thread-safe snapshot for
// the maintenance screen. stop() cancels a request in progress (through the flag the HttpClient
// watches) and joins.
//
// With a live channel (docs/sync.md, "The live channel"), the time until the next due job is
// spent in a long-poll on the hub instead of a sleep: a "content" event or a resync makes the
// content sync due at once; the periodic poll stays as the fallback. nudge() interrupts a held
// long-poll when a rating must go out before it would end.

#include "app/sync/feedback_uploader.h"
#include "app/sync/heartbeat.h"
#include "app/sync/live_channel.h"
#include "app/sync/queue_client.h"
#include "core/ui/input.h"
#include "core/sync/retry_schedule.h"

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace phare::app {

// What a content poll reports; the app adapts its ContentSync result to this, so this worker does
// not depend on how content is fetched.
struct ContentPollResult {
    bool ok = true;
    bool hub_answered = true;  // false when the hub could not be reached at all
    int content_version = 0;   // the version the kiosk shows after the poll
    std::string error;         // why it failed (signature, hash, network...), empty when ok
};
using ContentJob = std::function<ContentPollResult()>;

class WorkerClock {
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    virtual ~WorkerClock() = default;
    virtual TimePoint now() = 0;
    // Sleeps until `deadline` or a notification of `wake` (early returns are allowed); `lock` holds
    // `wake`'s mutex on entry and on return.
    virtual void wait_until(std::condition_variable& wake, std::unique_lock<std::mutex>& lock, TimePoint deadline) = 0;
};

class SteadyWorkerClock final : public WorkerClock {
public:
    TimePoint now() override { return std::chrono::steady_clock::now(); }
    void wait_until(std::condition_variable& wake, std::unique_lock<std::mutex>& lock, TimePoint deadline) override
    {
        wake.wait_until(lock, deadline);
    }
};

enum class NetJob { Content, Upload, Heartbeat };
inline constexpr std::size_t net_job_count = 3;
std::string to_string(NetJob job);

struct NetEvent {
    NetJob job = NetJob::Content;
    bool ok = true;
    bool hub_answered = true;  // false: no HTTP answer (hub or network down): a "HubReachable" signal
    std::string error;
    int content_version = 0;
    std::int64_t backlog = 0;  // ratings waiting in the outbox after this job
};

struct NetStatus {
    int content_version = 0;
    std::optional<WorkerClock::TimePoint> last_sync_ok_at;    // last content poll that worked
    std::optional<WorkerClock::TimePoint> last_upload_ok_at;  // last upload run that emptied the outbox
    std::string last_error;  // the newest error of a job that has not worked since; empty: all well
    std::int64_t backlog = 0;
    std::int64_t dropped = 0;
    std::int64_t rejected = 0;
    bool hub_reachable = false;  // the last call got an HTTP answer
    std::array<std::int64_t, net_job_count> attempts{};  // per NetJob, since start
    // The live channel (all false/0/empty when there is none).
    bool live_connected = false;  // the last long-poll got a valid answer
    std::string live_error;       // why it is not connected; not in last_error: polling still works
    std::int64_t live_seq = 0;    // the `since` of the next long-poll: every event up to it is handled
    std::int64_t live_polls = 0;  // long-polls answered, failed or interrupted, since start
    std::int64_t live_content_syncs = 0;  // content syncs a content event or a resync made due
};

struct NetWorkerSettings {
    sync::RetryPolicy content;                                                       // poll every 60 s
    sync::RetryPolicy upload = {std::chrono::minutes(5), 0.2};                       // a safety net; nudge() does the rest
    sync::RetryPolicy heartbeat = {std::chrono::minutes(5), 0.2};
    std::chrono::milliseconds nudge_delay{1000};  // a rating is uploaded this soon after nudge()
    std::uint64_t seed = 0;                       // for the schedules' jitter; give each kiosk its own
    int content_version = 0;                      // what the kiosk shows at start (last good bundle)
    // The live channel's reconnection after an error (its poll_interval is not used): jittered,
    // doubling, capped lower than the jobs' because polling covers the gap meanwhile.
    sync::RetryPolicy live = {std::chrono::seconds(25), 0.2, std::chrono::seconds(5), std::chrono::seconds(10), std::chrono::minutes(5)};
    std::chrono::seconds live_wait{sync::live_default_wait_s};  // the longest the hub may hold a long-poll
    // Less time than this until the next job: sleep instead (a long-poll of 0 s costs the hub a
    // request for nothing). Waits are whole seconds rounded down, so the kiosk is blind to events
    // for less than a second before each job (the job itself, or the long-poll after it, sees them).
    std::chrono::seconds live_min_wait{1};
};

struct NetJobs {
    ContentJob content;                    // empty: no content sync
    FeedbackUploader* uploader = nullptr;  // null: no upload
    HeartbeatSender* heartbeat = nullptr;  // null: no heartbeat
    LiveChannel* live = nullptr;           // null (or no content job): poll only
    // The queue board (docs/queue.md): a snapshot at start, on resync and with each content poll
    // while the live channel is not connected; "queue" events from the live channel. Null: none.
    QueueClient* queue = nullptr;
};

class NetWorker {
public:
    // `cancel`, when given, is the flag the HttpClient watches; stop() sets it. `on_event` runs on
    // the worker thread and must be quick and thread-safe (post an event and return).
    NetWorker(NetJobs jobs, NetWorkerSettings settings, WorkerClock& clock, std::function<void(const NetEvent&)> on_event,
              std::atomic<bool>* cancel = nullptr);
    ~NetWorker();
    NetWorker(const NetWorker&) = delete;
    NetWorker& operator=(const NetWorker&) = delete;

    // Where the queue's news goes (QueueSnapshotIn, QueueEventIn, QueueReach), on the worker
    // thread; quick and thread-safe like on_event. Set before start().
    void set_queue_sink(std::function<void(ui::Input)> sink) { m_queue_sink = std::move(sink); }

    void start();
    // A rating was stored: upload soon (after nudge_delay) unless the upload is backing off.
    void nudge();
    // Cancels the request in progress, wakes the thread and joins it. Idempotent.
    void stop();
    NetStatus status() const;

private:
    struct Job {
        sync::RetrySchedule schedule;
        WorkerClock::TimePoint due;
        std::string error;
        WorkerClock::TimePoint error_at;
    };

    void run();
    void run_job(NetJob job);
    NetEvent run_content();
    NetEvent run_upload(sync::RetrySchedule& schedule, std::chrono::milliseconds& delay);
    NetEvent run_heartbeat();
    // One long-poll of at most `wait`; called without m_mutex.
    void run_live(std::chrono::seconds wait);
    bool live_enabled() const { return m_jobs.live != nullptr && static_cast<bool>(m_jobs.content); }
    void record(NetJob job, const NetEvent& event);
    // Worker thread: fetch the queue's snapshot and hand it on (or that the hub is away).
    void refresh_queue();
    void hand_queue_events(const sync::LiveBatch& batch);
    std::optional<NetJob> next_job() const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    NetJobs m_jobs;
    NetWorkerSettings m_settings;
    WorkerClock& m_clock;
    std::function<void(const NetEvent&)> m_on_event;
    std::function<void(ui::Input)> m_queue_sink;
    std::string m_queue_error;  // logged once per new error
    std::atomic<bool>* m_cancel;
    std::atomic<bool> m_own_cancel{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_nudged = false;
    std::array<Job, net_job_count> m_job;
    NetStatus m_status;
    WorkerClock::TimePoint m_started;
    std::thread m_thread;

    // The live channel. m_live_since and m_live_schedule are the worker thread's alone; the rest is
    // under m_mutex.
    std::int64_t m_live_since = 0;  // advanced only once a batch has been handled
    sync::RetrySchedule m_live_schedule;
    bool m_live_last_resync = false;
    bool m_live_ever_connected = false;  // the first connection is logged once
    WorkerClock::TimePoint m_live_due;  // no long-poll before this (backoff, or a hub that answered early)
    bool m_live_held = false;           // a long-poll is in progress
    std::atomic<bool> m_live_interrupt{false};
};

}  // namespace phare::app
