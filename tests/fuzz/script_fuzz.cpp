// Scripts of visitor input (app::parse_script, `phare-kiosk --script`): every line is a command or
// an error naming the script and the line.

#include "fuzz_support.h"

#include "app/script.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    const auto script = app::parse_script("tour.script", std::string(fuzz::text(data, size)));
    for (const auto& error : script.errors)
        fuzz::require(error.starts_with("tour.script:"), "an error names the script and the line");
    int line = 0;
    for (const auto& command : script.commands) {
        fuzz::require(command.line > line, "commands keep the order of their lines");
        line = command.line;
    }
    return 0;
}
