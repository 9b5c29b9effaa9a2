#pragma once
// The accepted range of each numeric setting, shared by the command line (options.cpp) and
// kiosk.toml (kiosk_config.cpp), so that a value one accepts the other accepts too.

namespace phare::app::limits {

struct Range {
    long long low;
    long long high;
};

inline constexpr Range screen_px{320, 8192};
inline constexpr double px_per_mm_low = 1;
inline constexpr double px_per_mm_high = 40;
inline constexpr Range inactivity_ms{5000, 86'400'000};
inline constexpr Range double_strike_ms{0, 10'000};
inline constexpr Range outbox_capacity{10, 10'000'000};
inline constexpr Range poll_interval_s{2, 86'400};
inline constexpr Range heartbeat_interval_s{30, 86'400};

}  // namespace phare::app::limits
