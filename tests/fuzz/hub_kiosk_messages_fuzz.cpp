// The JSON bodies kiosks POST to the hub: feedback batches (POST /api/v1/feedback) and heartbeats
// (POST /api/v1/kiosks/{id}/heartbeat), parsed by kiosk_messages.h. A body gives a value or
// problems, never both, and the problems can always be sent back as JSON.

#include "fuzz_support.h"

#include "kiosk_messages.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    const std::string_view body = fuzz::text(data, size);
    const auto batch = hub::parse_feedback(body);
    fuzz::require(batch.value.has_value() == batch.problems.empty(), "a batch is given if and only if there is no problem");
    (void)hub::problems_json("malformed feedback; nothing was stored", batch.problems);
    if (batch.value)
        fuzz::require(batch.value->ratings.size() <= hub::max_ratings_per_batch, "a batch holds at most the ratings allowed");

    const auto beat = hub::parse_heartbeat(body, "hall");
    fuzz::require(beat.value.has_value() == beat.problems.empty(), "a heartbeat is given if and only if there is no problem");
    (void)hub::problems_json("malformed heartbeat", beat.problems);
    return 0;
}
