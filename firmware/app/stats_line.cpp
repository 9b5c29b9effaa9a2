#include "app/stats_line.h"

#include <nlohmann/json.hpp>

namespace phare::app {

std::string stats_line(std::int64_t t_ms, const system::ProcessStats& process, const TextureCounts& textures)
{
    nlohmann::ordered_json line;
    line["t_ms"] = t_ms;
    line["rss_kb"] = process.rss_kb;
    line["hwm_kb"] = process.hwm_kb;
    line["heap_bytes"] = process.heap_bytes;
    line["heap_source"] = process.heap_source;
    line["fds"] = process.open_fds;
    line["text_textures"] = textures.text;
    line["text_bytes"] = textures.text_bytes;
    line["text_budget_bytes"] = textures.text_budget_bytes;
    line["images"] = textures.images;
    return line.dump();
}

}  // namespace phare::app
