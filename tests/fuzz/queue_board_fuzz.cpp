// The queue board as a kiosk reads it from the hub (sync/queue_board): the snapshot of
// GET /api/v1/kiosks/{id}/queue, the "queue" events of the live channel and the answer to a ticket
// request. The input is tried as each of them; a snapshot is applied to an empty board and, when
// the input is a live channel answer, its queue events are applied in order, as the worker does.
// A call is announced at most once: never for an event at or before the board's sequence.

#include "fuzz_support.h"

#include "core/sync/live_events.h"
#include "core/sync/queue_board.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    const std::string_view input = fuzz::text(data, size);
    sync::QueueBoard board;
    if (auto snapshot = sync::parse_queue_snapshot(input)) {
        board = sync::apply_snapshot(board, *snapshot, 1000);
        fuzz::require(board.seq == snapshot->seq, "a snapshot's board holds every event up to its sequence");
    }
    (void)sync::parse_issued_ticket(input);
    if (auto event = sync::parse_queue_event(input)) {
        auto applied = sync::apply_event(board, board.seq + 1, *event, 2000);
        fuzz::require(applied.announce.has_value() == event->call.has_value(), "a new call is announced, once");
    }
    if (auto batch = sync::parse_live_events(input, 0)) {
        for (const auto& live : batch->events) {
            if (live.kind != sync::LiveEventKind::Queue)
                continue;
            auto event = sync::parse_queue_event(live.data);
            if (!event)
                continue;
            const std::int64_t before = board.seq;
            auto applied = sync::apply_event(board, live.seq, *event, 3000);
            fuzz::require(!applied.announce || live.seq > before, "an event already on the board announces nothing");
            board = std::move(applied.board);
            (void)sync::is_live(board, 4000);
        }
    }
    return 0;
}
