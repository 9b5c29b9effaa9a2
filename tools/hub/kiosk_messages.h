#pragma once
// The JSON bodies kiosks send (feedback batches, heartbeats), parsed and checked field by field.
// A malformed body yields every problem, each naming its field as a JSON pointer, so the kiosk's
// log says exactly what to fix; nothing here throws on bad input.

#include "storage.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::hub {

struct FieldProblem {
    std::string field;      // JSON pointer: "/ratings/2/satisfaction"
    std::string message;
    std::string rating_id;  // the rating's id when it could be read, so a kiosk can drop that one
};

struct FeedbackBatch {
    std::string kiosk;
    std::vector<Rating> ratings;
};

inline constexpr std::size_t max_ratings_per_batch = 500;

template<typename T>
struct Parsed {
    std::optional<T> value;  // present if and only if problems is empty
    std::vector<FieldProblem> problems;
};

Parsed<FeedbackBatch> parse_feedback(std::string_view body);
// `kiosk` comes from the URL; the body carries the rest.
Parsed<Heartbeat> parse_heartbeat(std::string_view body, const std::string& kiosk);

// 8-4-4-4-12 hexadecimal digits, either case (canonical_id() in storage.h lowers it).
bool is_uuid(std::string_view text);
// "2026-11-26T14:00:00Z": ratings carry the hour only, so they cannot single out a visitor. The day
// must exist on the calendar (no 2026-02-30).
bool is_hour_timestamp(std::string_view text);
// The same hour as seconds since the Unix epoch, or nullopt when is_hour_timestamp() is false.
std::optional<std::int64_t> hour_timestamp_seconds(std::string_view text);

// {"error": summary, "problems": [{"field", "message", "id"?}]}
std::string problems_json(const std::string& summary, const std::vector<FieldProblem>& problems);

}  // namespace phare::hub
