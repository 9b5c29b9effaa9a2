#include "core/ui/queue_text.h"

#include "core/i18n/template.h"
#include "core/queue/estimate_words.h"

#include <algorithm>

namespace phare::ui {

namespace {

const content::Counter* find(const content::Site& site, std::string_view counter) { return site.queue.find_counter(counter); }

}  // namespace

std::string counter_name(const content::Site& site, std::string_view counter, std::string_view lang)
{
    const content::Counter* found = find(site, counter);
    if (!found)
        return std::string(counter);
    std::string name(site.text(found->name, lang));
    return name.empty() ? std::string(counter) : name;
}

std::string counter_node(const content::Site& site, std::string_view counter)
{
    const content::Counter* found = find(site, counter);
    return found ? found->node : std::string();
}

std::string call_line(const content::Site& site, const sync::QueueCall& call, std::string_view lang)
{
    const content::Language* language = site.find_language(lang);
    const bool rtl = language && language->direction == content::TextDirection::RightToLeft;
    return call.ticket + (rtl ? " ← " : " → ") + counter_name(site, call.counter, lang);
}

std::string spoken_ticket(std::string_view ticket)
{
    std::string out;
    std::size_t i = 0;
    while (i < ticket.size()) {
        if (ticket[i] >= '0' && ticket[i] <= '9') {
            std::size_t end = i;
            while (end < ticket.size() && ticket[end] >= '0' && ticket[end] <= '9')
                ++end;
            std::string_view digits = ticket.substr(i, end - i);
            while (digits.size() > 1 && digits.front() == '0')
                digits.remove_prefix(1);
            out += digits;
            i = end;
        } else {
            out += ticket[i++];
        }
    }
    return out;
}

std::string counted_words(const content::Site& site, std::string_view key, int count, std::string_view lang)
{
    const bool one = i18n::plural_category(count, lang) == "one";
    const std::string chosen = one ? std::string(key) + "_one" : std::string(key);
    return i18n::fill(site.ui(chosen, lang), {{"count", std::to_string(count)}});
}

std::string estimate_words(const content::Site& site, bool known, int low, int high, std::string_view lang)
{
    queue::WaitEstimate estimate;
    estimate.known = known;
    estimate.low_minutes = low;
    estimate.high_minutes = high;
    return queue::estimate_in_words(site, lang, estimate);
}

std::vector<const content::Service*> queued_services(const content::Site& site)
{
    std::vector<const content::Service*> out;
    for (const content::Service& service : site.services) {
        if (service.queue_prefix.empty())
            continue;
        const bool served = std::any_of(site.queue.counters.begin(), site.queue.counters.end(), [&](const content::Counter& c) {
            return std::find(c.services.begin(), c.services.end(), service.id) != c.services.end();
        });
        if (served)
            out.push_back(&service);
    }
    return out;
}

}  // namespace phare::ui
