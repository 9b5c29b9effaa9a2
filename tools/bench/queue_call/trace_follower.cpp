#include "queue_call/trace_follower.h"

#include <fstream>
#include <sstream>

namespace phare::bench {

std::vector<nlohmann::json> TraceFollower::read_new()
{
    std::vector<nlohmann::json> lines;
    std::ifstream in(m_path, std::ios::binary);
    if (!in)
        return lines;
    in.seekg(m_offset);
    std::ostringstream read;
    read << in.rdbuf();  // sets read's failbit when nothing is new: harmless
    const std::string chunk = read.str();
    m_offset += static_cast<long long>(chunk.size());
    m_partial += chunk;
    std::size_t start = 0;
    for (std::size_t end; (end = m_partial.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(nlohmann::json::parse(m_partial.substr(start, end - start)));
    m_partial.erase(0, start);
    return lines;
}

}  // namespace phare::bench
