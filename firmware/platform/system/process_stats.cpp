#include "platform/system/process_stats.h"

#include <dirent.h>
#include <malloc.h>

#include <cstddef>

#include <fstream>
#include <sstream>

// ASan and TSan replace malloc with their own allocator, which glibc's mallinfo2 cannot see.
#if defined(__SANITIZE_ADDRESS__)
#define PHARE_SANITIZER_HEAP "asan"
#elif defined(__SANITIZE_THREAD__)
#define PHARE_SANITIZER_HEAP "tsan"
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PHARE_SANITIZER_HEAP "asan"
#elif __has_feature(thread_sanitizer)
#define PHARE_SANITIZER_HEAP "tsan"
#endif
#endif

#ifdef PHARE_SANITIZER_HEAP
// The sanitizer runtime's count of bytes allocated and not freed (declared by clang's
// <sanitizer/allocator_interface.h>, which GCC does not ship).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace phare::system {

namespace {

// "VmRSS:	  123456 kB" -> 123456 for the field named `field`; 0 when absent.
std::size_t status_kb(const std::string& status, const std::string& field)
{
    std::istringstream lines(status);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with(field + ":")) {
            std::istringstream value(line.substr(field.size() + 1));
            std::size_t kb = 0;
            value >> kb;
            return kb;
        }
    return 0;
}

std::size_t count_open_fds()
{
    DIR* dir = opendir("/proc/self/fd");
    if (!dir)
        return 0;
    std::size_t count = 0;
    while (const dirent* entry = readdir(dir))
        if (entry->d_name[0] != '.')
            ++count;
    closedir(dir);
    return count > 0 ? count - 1 : 0;  // the directory stream being read is not the program's
}

std::string read_status()
{
    std::ifstream in("/proc/self/status");
    std::ostringstream status;
    status << in.rdbuf();
    return status.str();
}

}  // namespace

ProcessStats read_process_stats()
{
    ProcessStats stats;
    const std::string status = read_status();  // closed before the descriptors are counted
    stats.rss_kb = status_kb(status, "VmRSS");
    stats.hwm_kb = status_kb(status, "VmHWM");
#ifdef PHARE_SANITIZER_HEAP
    stats.heap_bytes = __sanitizer_get_current_allocated_bytes();
    stats.heap_source = PHARE_SANITIZER_HEAP;
#else
    const struct mallinfo2 heap = mallinfo2();
    stats.heap_bytes = heap.uordblks + heap.hblkhd;  // in the arenas, and large blocks mapped apart
    stats.heap_source = "glibc";
#endif
    stats.open_fds = count_open_fds();
    return stats;
}

}  // namespace phare::system
