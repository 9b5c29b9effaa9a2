#pragma once
// The content the kiosk shows, and the hand-over of newer content from the network worker to the
// main loop. The worker builds and validates a LiveContent off the main thread and offers it; the
// main loop switches between visitors (never under someone's finger) unless the new content
// carries an urgent notice the current one does not.

#include "core/content/site.h"
#include "core/content/source_files.h"
#include "core/error.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace phare::app {

struct LiveContent {
    content::SourceFiles files;
    content::Site site;
    int version = 0;      // the bundle's version; 0: the site folder installed with the kiosk
    std::string origin;   // "bundle 7" or the folder, for logs and the maintenance screen
};

// A site that loaded (parsed and validated once) with the files it came from, as the UI needs it.
// An error, about `origin`, when it cannot run kiosk `kiosk_id` (empty: any kiosk).
Result<std::unique_ptr<LiveContent>> make_live_content(content::SourceFiles files, content::Site site, int version, std::string origin,
                                                       const std::string& kiosk_id);

class ContentSwitcher {
public:
    using Apply = std::function<void(const LiveContent& next)>;

    // `apply` points the UI, the voices and the images at the new content (main thread only).
    ContentSwitcher(std::unique_ptr<LiveContent> initial, Apply apply);

    // Network thread: newer content is ready. A later offer replaces one not yet shown.
    void offer(std::unique_ptr<LiveContent> next);

    // Main thread, after each input and wake-up: switches if an offer waits and either no visitor
    // is in a session or the offer brings a new urgent notice. True when it switched.
    bool switch_if_due(bool visitor_in_session);

    const LiveContent& current() const { return *m_current; }
    bool has_pending() const;

private:
    std::unique_ptr<LiveContent> m_current;
    Apply m_apply;
    mutable std::mutex m_mutex;
    std::unique_ptr<LiveContent> m_pending;  // guarded by m_mutex
};

}  // namespace phare::app
