#pragma once
// Sends the outbox to the hub in batches (docs/feedback-upload.md). A rating leaves the outbox only
// when the hub has named its id in `accepted` or `duplicate`; a lost answer means the batch is sent
// again, and the hub's idempotency (the id) keeps it from being counted twice. A rating the hub
// calls malformed is set aside in the outbox (counted, kept), never retried forever nor dropped.
//
// It does not decide when to run: the network worker's schedule does. One call drains what it
// can, batch after batch, and stops at the first failure.

#include "platform/store/outbox.h"
#include "app/sync/hub_call.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace phare::app {

struct UploaderSettings {
    std::string hub_url;
    std::string kiosk_id;
    std::string token;
    int batch_size = 100;  // clamped to 1..500 (the hub's limit per batch)
};

struct UploadOutcome {
    HubFailure failure = HubFailure::None;  // why the run stopped early; None: the outbox was emptied
    int batches = 0;                        // POSTs answered 200
    std::int64_t accepted = 0;              // new on the hub
    std::int64_t duplicate = 0;             // already on the hub (a resend after a lost answer)
    std::int64_t rejected = 0;              // set aside in this run (malformed for the hub)
    std::int64_t pending = 0;               // left in the outbox after the run
    std::string error;                      // for the log, heartbeat and maintenance screen
    bool ok() const { return failure == HubFailure::None; }
    bool made_progress() const { return accepted + duplicate + rejected > 0; }
};

class FeedbackUploader {
public:
    FeedbackUploader(net::HttpClient& http, store::Outbox& outbox, UploaderSettings settings);

    // Uploads until the outbox is empty, a call fails, or `cancel` reads true between batches.
    UploadOutcome upload_once(const std::atomic<bool>* cancel = nullptr);
    store::OutboxStats outbox_stats() { return m_outbox.stats(); }
    const UploaderSettings& settings() const { return m_settings; }

private:
    enum class BatchResult { Sent, Stop };
    BatchResult send_batch(const std::vector<store::PendingRating>& batch, UploadOutcome& outcome);
    BatchResult handle_accepted(const std::vector<store::PendingRating>& batch, const std::string& body, UploadOutcome& outcome);
    BatchResult handle_malformed(const std::vector<store::PendingRating>& batch, const net::HttpResponse& response,
                                 UploadOutcome& outcome);
    void set_aside(const std::vector<std::string>& ids, const std::string& reason, UploadOutcome& outcome);

    net::HttpClient& m_http;
    store::Outbox& m_outbox;
    UploaderSettings m_settings;
};

}  // namespace phare::app
