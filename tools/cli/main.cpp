// phare: the maintainers' command-line tool. Each subcommand lives in its own file and registers
// itself (command_registry.h).

#include "command_registry.h"
#include "phare_version.h"

#include <algorithm>
#include <cstdio>

namespace phare::cli {

std::vector<Command>& commands()
{
    static std::vector<Command> all;
    return all;
}

}  // namespace phare::cli

int main(int argc, char** argv)
{
    auto& all = phare::cli::commands();
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    auto usage = [&](FILE* out) {
        std::fprintf(out, "usage: phare COMMAND [options]\n\ncommands:\n");
        for (const auto& command : all)
            std::fprintf(out, "  %-10s %s\n", command.name.c_str(), command.summary.c_str());
    };
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const std::string name = argv[1];
    if (name == "--version") {
        std::printf("phare %s\n", PHARE_VERSION);
        return 0;
    }
    if (name == "--help" || name == "-h" || name == "help") {
        usage(stdout);
        return 0;
    }
    for (const auto& command : all)
        if (command.name == name)
            return command.run(std::vector<std::string>(argv + 2, argv + argc));
    std::fprintf(stderr, "phare: unknown command \"%s\"\n", name.c_str());
    usage(stderr);
    return 2;
}
