#include "app/script.h"

#include "platform/sdl/input_map.h"

#include <sstream>

namespace phare::app {

ParsedScript parse_script(const std::string& name, const std::string& text)
{
    ParsedScript script;
    std::stringstream lines(text);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        std::stringstream words(line);
        std::string command;
        if (!(words >> command) || command.starts_with("#"))
            continue;
        auto error = [&](const std::string& message) { script.errors.push_back(name + ":" + std::to_string(number) + ": " + message); };
        std::string extra;
        if (command == "tap") {
            int x = 0, y = 0;
            if (!(words >> x >> y))
                error("tap takes X Y in pixels");
            else
                script.commands.push_back({number, ui::Input{ui::Tap{x, y}}});
        } else if (command == "explore") {
            int x = 0, y = 0;
            if (!(words >> x >> y))
                error("explore takes X Y in pixels");
            else
                script.commands.push_back({number, ui::Input{ui::Explore{x, y}}});
        } else if (command == "key") {
            std::string key_name;
            words >> key_name;
            if (auto key = sdl::key_from_name(key_name))
                script.commands.push_back({number, ui::Input{ui::KeyPress{*key}}});
            else
                error("unknown key \"" + key_name + "\" (up, down, left, right, enter, back, help, vol+, vol-, access, pause, headset, maintenance)");
        } else if (command == "wait") {
            int ms = 0;
            if (!(words >> ms) || ms < 0)
                error("wait takes a number of milliseconds");
            else
                script.commands.push_back({number, WaitCommand{ms}});
        } else if (command == "screenshot" || command == "frame" || command == "stats") {
            std::string path;
            if (!(words >> path)) {
                error(command + " takes a file path");
                continue;
            }
            if (command == "screenshot")
                script.commands.push_back({number, ScreenshotCommand{path}});
            else if (command == "frame")
                script.commands.push_back({number, FrameCommand{path}});
            else
                script.commands.push_back({number, StatsCommand{path}});
        } else if (command == "sync") {
            script.commands.push_back({number, SyncCommand{}});
        } else if (command == "quit") {
            script.commands.push_back({number, QuitCommand{}});
        } else {
            error("unknown command \"" + command + "\"");
            continue;
        }
        if (words >> extra)
            error("unexpected \"" + extra + "\" at the end of the line");
    }
    return script;
}

}  // namespace phare::app
