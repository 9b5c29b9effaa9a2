#pragma once
// Scripts replay a visitor's input and capture what the kiosk showed, one command a line:
//   tap X Y | explore X Y | key NAME | wait MS | screenshot PATH.png | frame PATH.json | sync | quit
// `sync` asks the hub for new content now and waits for the answer (tests of the network path).
// Blank lines and lines starting with # are ignored. See docs/scripts.md.

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
struct SyncCommand {};
struct QuitCommand {};

struct ScriptCommand {
    int line = 0;
    std::variant<ui::Input, WaitCommand, ScreenshotCommand, FrameCommand, SyncCommand, QuitCommand> action;
};

struct ParsedScript {
    std::vector<ScriptCommand> commands;
    std::vector<std::string> errors;  // "script.txt:3: ..."
};

ParsedScript parse_script(const std::string& name, const std::string& text);

}  // namespace phare::app
