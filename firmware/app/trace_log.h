#pragma once
// A timing trace for benchmarks (--trace FILE): one JSON line per presented frame and per
// utterance that starts to play, stamped with CLOCK_MONOTONIC in microseconds. Every process on
// the machine shares that clock, so a benchmark driving the kiosk from outside can subtract its own
// timestamps from these. Real time only: a headless script's virtual clock is not traced.

#include <cstdint>
#include <fstream>
#include <mutex>
#include <string>

namespace phare::app {

// CLOCK_MONOTONIC in microseconds: the clock of the trace's lines.
std::int64_t monotonic_us();

class TraceLog {
public:
    explicit TraceLog(const std::string& path);

    // A frame reached the screen; `call` is the ticket on the call banner ("A 042"), "" if none.
    void presented(unsigned frame_version, const std::string& call);
    // The audio device took the first ("start") or the last ("done") sample of an utterance.
    void speech(const char* phase, const std::string& text, const std::string& lang);
    // A step of start-up finished ("site loaded", "display open"...): where the time before the
    // first frame goes.
    void startup(const char* step, std::int64_t t_us);
    void startup(const char* step) { startup(step, monotonic_us()); }

private:
    void write(const std::string& line);

    std::mutex m_mutex;
    std::ofstream m_out;
};

}  // namespace phare::app
