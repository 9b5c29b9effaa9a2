#include "platform/system/log.h"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace phare::log {

namespace {

std::atomic<Level> g_minimum{Level::Info};
std::mutex g_mutex;

const char* name(Level level)
{
    switch (level) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
    }
    return "info";
}

}  // namespace

void set_minimum(Level level) { g_minimum = level; }

void write(Level level, std::string_view component, std::string_view message)
{
    if (level < g_minimum.load())
        return;
    std::lock_guard lock(g_mutex);
    std::fprintf(stderr, "phare %s [%.*s] %.*s\n", name(level), static_cast<int>(component.size()), component.data(),
                 static_cast<int>(message.size()), message.data());
}

}  // namespace phare::log
