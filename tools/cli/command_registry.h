#pragma once
// `phare` subcommands register themselves here, one file each (route, keys, validate...), so
// adding a command never edits another command's file.

#include <functional>
#include <string>
#include <vector>

namespace phare::cli {

struct Command {
    std::string name;
    std::string summary;
    std::function<int(const std::vector<std::string>& args)> run;
};

std::vector<Command>& commands();

struct RegisterCommand {
    explicit RegisterCommand(Command command) { commands().push_back(std::move(command)); }
};

}  // namespace phare::cli
