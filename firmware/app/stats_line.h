#pragma once
// The JSON line a script's `stats` command appends (README.md, Scripts): the kiosk's time, what the
// process holds and the textures its caches keep. tools/bench/soak reads these lines.

#include "platform/system/process_stats.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace phare::app {

struct TextureCounts {
    std::size_t text = 0;               // shaped text runs
    std::size_t text_bytes = 0;         // their pixels
    std::size_t text_budget_bytes = 0;  // what the text cache keeps at most
    std::size_t images = 0;             // decoded site images
};

std::string stats_line(std::int64_t t_ms, const system::ProcessStats& process, const TextureCounts& textures);

}  // namespace phare::app
