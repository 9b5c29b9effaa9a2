#pragma once
// Everything that connects a kiosk to its hub, built from its configuration: the HTTP client, the
// bundle store on the card, content sync, feedback upload, heartbeats, and the network worker
// thread that runs them (docs/sync.md). The main loop only ever sees finished LiveContent offered
// to its ContentSwitcher and a status snapshot for the maintenance screen.

#include "app/live_content.h"
#include "app/options.h"
#include "app/sync/net_worker.h"
#include "core/error.h"
#include "core/ui/input.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace phare::app {

class HubLink {
public:
    // Reads the token file and opens the store and a second connection to the outbox. An error
    // names the file and what is wrong; the caller runs offline then.
    static Result<std::unique_ptr<HubLink>> open(const Options& options, const std::string& state_dir, const std::string& site_id);
    ~HubLink();
    HubLink(const HubLink&) = delete;
    HubLink& operator=(const HubLink&) = delete;

    // The last good bundle on the card, ready to show; nullptr when none is stored. Without it, or
    // on an error (why the stored bundle is not used), the kiosk starts from its installed site folder.
    Result<std::unique_ptr<LiveContent>> stored_content(const std::string& kiosk_id);

    // Starts the network worker: new content goes to `switcher`, and `wake` wakes the main loop.
    // `queue_sink` (empty: the site has no queue) gets the queue's news (docs/queue.md).
    void start(ContentSwitcher& switcher, const std::string& kiosk_id, int shown_version, std::function<void()> wake,
               std::function<void(ui::Input)> queue_sink = {});
    // One snapshot of the queue on the calling thread: a script's `sync` line.
    ui::Input poll_queue_now();
    // Where the hub is and how to reach it: the ticket desk opens its own connection.
    HubEndpoint endpoint() const;
    net::HttpClientOptions http_options() const;
    // One content poll on the calling thread, offered to `switcher`: a script's `sync` line. An
    // error says why the poll did not work; its `where` is the hub's URL.
    Result<void> poll_now(ContentSwitcher& switcher, const std::string& kiosk_id);
    // A rating was stored: upload it soon.
    void nudge_upload();
    NetStatus status() const;
    void stop();

private:
    struct Parts;
    explicit HubLink(std::unique_ptr<Parts> parts);
    ContentPollResult poll(ContentSwitcher& switcher, const std::string& kiosk_id);

    std::unique_ptr<Parts> m_parts;
};

}  // namespace phare::app
