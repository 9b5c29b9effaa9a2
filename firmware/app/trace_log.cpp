#include "app/trace_log.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <time.h>

namespace phare::app {

std::int64_t monotonic_us()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t{now.tv_sec} * 1'000'000 + now.tv_nsec / 1000;  // 64-bit even where time_t is 32
}

TraceLog::TraceLog(const std::string& path) : m_out(path, std::ios::binary | std::ios::trunc)
{
    if (!m_out)
        throw std::runtime_error("cannot write the trace " + path);
}

void TraceLog::presented(unsigned frame_version, const std::string& call)
{
    nlohmann::ordered_json line = {{"t_us", monotonic_us()}, {"event", "presented"}, {"frame", frame_version}, {"call", call}};
    write(line.dump());
}

void TraceLog::speech(const char* phase, const std::string& text, const std::string& lang)
{
    nlohmann::ordered_json line = {{"t_us", monotonic_us()}, {"event", "speech"}, {"phase", phase}, {"text", text}, {"lang", lang}};
    write(line.dump());
}

void TraceLog::startup(const char* step, std::int64_t t_us)
{
    nlohmann::ordered_json line = {{"t_us", t_us}, {"event", "startup"}, {"step", step}};
    write(line.dump());
}

void TraceLog::write(const std::string& line)
{
    // Flushed per line: a benchmark reads the file while the kiosk runs.
    const std::lock_guard lock(m_mutex);
    m_out << line << '\n' << std::flush;
}

}  // namespace phare::app
