#include "app/live_content.h"

#include "core/bundle/site_status.h"
#include "platform/system/log.h"

#include <algorithm>

namespace phare::app {

Result<std::unique_ptr<LiveContent>> make_live_content(content::SourceFiles files, content::Site site, int version, std::string origin,
                                                       const std::string& kiosk_id)
{
    if (!kiosk_id.empty() && !site.find_kiosk(kiosk_id))
        return fail(origin, "the site has no kiosk \"" + kiosk_id + "\"");
    auto live = std::make_unique<LiveContent>();
    live->files = std::move(files);
    live->site = std::move(site);
    live->version = version;
    live->origin = std::move(origin);
    return live;
}

ContentSwitcher::ContentSwitcher(std::unique_ptr<LiveContent> initial, Apply apply)
    : m_current(std::move(initial)), m_apply(std::move(apply))
{
}

void ContentSwitcher::offer(std::unique_ptr<LiveContent> next)
{
    std::lock_guard lock(m_mutex);
    m_pending = std::move(next);
}

bool ContentSwitcher::has_pending() const
{
    std::lock_guard lock(m_mutex);
    return m_pending != nullptr;
}

bool ContentSwitcher::switch_if_due(bool visitor_in_session)
{
    std::unique_ptr<LiveContent> next;
    {
        std::lock_guard lock(m_mutex);
        if (!m_pending)
            return false;
        if (visitor_in_session) {
            // Read from the parsed sites: nothing is parsed again while a visitor keeps the offer waiting.
            const std::vector<std::string> now = bundle::urgent_notice_ids(m_current->site.status);
            const std::vector<std::string> then = bundle::urgent_notice_ids(m_pending->site.status);
            const bool new_urgent = std::any_of(then.begin(), then.end(),
                                                [&](const std::string& id) { return std::find(now.begin(), now.end(), id) == now.end(); });
            if (!new_urgent)
                return false;  // after this visitor: content never changes under someone's finger
        }
        next = std::move(m_pending);
    }
    m_apply(*next);
    log::info("sync", "now showing " + next->origin + " (was " + m_current->origin + ")");
    m_current = std::move(next);  // the old content goes: apply() repointed everything that used it
    return true;
}

}  // namespace phare::app
