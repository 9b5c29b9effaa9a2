#pragma once
// Follows a kiosk's --trace file while the kiosk writes it (firmware/app/trace_log.h): the lines
// appended since the last read, parsed. A line still being written is kept for the next read.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace phare::bench {

class TraceFollower {
public:
    explicit TraceFollower(std::string path) : m_path(std::move(path)) {}

    // The complete lines written since the last call (none if the file does not exist yet).
    std::vector<nlohmann::json> read_new();

private:
    std::string m_path;
    long long m_offset = 0;
    std::string m_partial;
};

}  // namespace phare::bench
