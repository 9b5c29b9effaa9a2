#pragma once
// What this process holds right now, read from Linux's /proc: for soak runs (a `stats` script
// line), which prove that memory and file descriptors stay flat over a simulated week.

#include <cstddef>
#include <string>

namespace phare::system {

struct ProcessStats {
    std::size_t rss_kb = 0;      // VmRSS: resident now
    std::size_t hwm_kb = 0;      // VmHWM: the most ever resident
    std::size_t heap_bytes = 0;  // allocated and not freed, as the allocator counts it
    // Which allocator counted heap_bytes: "glibc" (mallinfo2: uordblks + hblkhd), or "asan" or
    // "tsan" (the sanitizer's own allocator: under a sanitizer glibc's figures stay near zero).
    std::string heap_source;
    std::size_t open_fds = 0;  // entries of /proc/self/fd
};

ProcessStats read_process_stats();

}  // namespace phare::system
