#pragma once
// Scripts replay a visitor's input and capture what the kiosk showed, one command a line:
//   tap X Y | explore X Y | key NAME | wait MS | screenshot PATH.png | frame PATH.json | sync |
//   stats PATH.jsonl | quit
// `sync` asks the hub for new content now and waits for the answer (tests of the network path).
// `stats` appends one JSON line of what the process holds (memory, descriptors, textures) for soak
// runs (tools/bench/soak).
// Blank lines and lines starting with # are ignored. See README.md, Scripts.

#include "core/ui/input.h"

#include <string>
#include <variant>
#include <vector>

namespace phare::app {

struct WaitCommand {
    int ms = 0;
};
struct ScreenshotCommand {
    std::string path;
};
struct FrameCommand {
    std::string path;
};
struct StatsCommand {
    std::string path;
};
struct SyncCommand {};
struct QuitCommand {};

struct ScriptCommand {
    int line = 0;
    std::variant<ui::Input, WaitCommand, ScreenshotCommand, FrameCommand, StatsCommand, SyncCommand, QuitCommand> action;
};

struct ParsedScript {
    std::vector<ScriptCommand> commands;
    std::vector<std::string> errors;  // "script.txt:3: ..."
};

ParsedScript parse_script(const std::string& name, const std::string& text);

}  // namespace phare::app
