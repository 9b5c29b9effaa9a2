#pragma once
// What the routes share: storage, blobs, the publisher, agent authentication, the live channel and
// rate limits.
// Owned by Hub (hub.cpp); routes hold a reference and stay thin.

#include "auth.h"
#include "hub.h"
#include "blob_store.h"
#include "clock.h"
#include "live_channel.h"
#include "open_data_cache.h"
#include "publisher.h"
#include "queue_desk.h"
#include "storage.h"

#include <memory>

namespace phare::hub {

struct HubContext {
    HubContext(Clock now, const RateLimits& limits)
        : clock(std::move(now)),
          feedback_limit(limits.feedback_burst, limits.feedback_per_minute, clock),
          feedback_ip_limit(limits.feedback_ip_burst, limits.feedback_ip_per_minute, clock),
          login_limit(limits.login_ip_burst, limits.login_ip_per_minute, clock)
    {
    }

    std::unique_ptr<Storage> storage;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<Publisher> publisher;
    std::unique_ptr<AgentAuth> auth;
    std::unique_ptr<LiveChannel> live;
    std::unique_ptr<OpenDataCache> open_data;
    std::unique_ptr<QueueDesk> queue;
    std::string public_url;  // empty: each request's Host
    Clock clock;
    RateLimiter feedback_limit;     // per kiosk
    RateLimiter feedback_ip_limit;  // per client address, checked before the token
    RateLimiter login_limit;        // per client address, on top of the per-name lock-out
};

}  // namespace phare::hub
