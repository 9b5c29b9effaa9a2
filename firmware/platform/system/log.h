#pragma once
// One line per event on stderr (journald stores it under systemd). Degrade loudly: every fallback
// is logged once with its reason.

#include <string_view>

namespace phare::log {

enum class Level { Debug, Info, Warning, Error };

void set_minimum(Level level);
void write(Level level, std::string_view component, std::string_view message);

inline void info(std::string_view component, std::string_view message) { write(Level::Info, component, message); }
inline void warning(std::string_view component, std::string_view message) { write(Level::Warning, component, message); }
inline void error(std::string_view component, std::string_view message) { write(Level::Error, component, message); }

}  // namespace phare::log
