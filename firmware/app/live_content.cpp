#include "app/live_content.h"

#include "core/bundle/site_status.h"
#include "platform/system/log.h"

#include <algorithm>

namespace phare::app {

std::vector<std::string> urgent_notice_ids(const content::SourceFiles& files)
{
    std::vector<std::string> ids;
    auto file = files.find(bundle::status_file);
    if (file == files.end())
        return ids;
    bundle::ParsedStatus parsed = bundle::parse_status(file->second);
    if (!parsed.status)
        return ids;
    for (const bundle::Notice& notice : parsed.status->notices)
        if (notice.level == bundle::NoticeLevel::Urgent)
            ids.push_back(notice.id);
    return ids;
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
            const std::vector<std::string> now = urgent_notice_ids(m_current->files);
            const std::vector<std::string> then = urgent_notice_ids(m_pending->files);
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
