// The hub's live channel as a kiosk reads it (sync::parse_live_events). The input's first line is
// the `since` the request carried (a number; 0 when it is not one), the rest is the answer's body.
// An accepted batch must keep the sequence rules the worker relies on.

#include "fuzz_support.h"

#include "core/sync/live_events.h"

#include <charconv>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    std::string_view input = fuzz::text(data, size);
    std::int64_t since = 0;
    if (const std::size_t line_end = input.find('\n'); line_end != std::string_view::npos) {
        const std::string_view first = input.substr(0, line_end);
        if (std::from_chars(first.data(), first.data() + first.size(), since).ec != std::errc())
            since = 0;
        input.remove_prefix(line_end + 1);
    }
    const auto batch = sync::parse_live_events(input, since);
    if (!batch) {
        fuzz::require(batch.error().where.starts_with("live events"), "an error says it is about the live channel");
        return 0;
    }
    std::int64_t previous = -1;
    for (const auto& event : batch->events) {
        fuzz::require(event.seq > previous, "events come in strictly increasing order");
        fuzz::require(batch->resync || event.seq > since, "without resync, every event comes after since");
        fuzz::require(event.seq <= batch->next, "next is not before the last event");
        previous = event.seq;
    }
    fuzz::require(batch->resync || batch->next >= since, "without resync, next is not before since");
    return 0;
}
