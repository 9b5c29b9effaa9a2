// The kiosk's configuration file (TOML, config/kiosk.example.toml) as app::apply_config_text reads
// it: a maintainer's typo must give one sentence that names the file, never a crash.

#include "fuzz_support.h"

#include "app/kiosk_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    app::Options options;
    const auto applied = app::apply_config_text(fuzz::text(data, size), "/etc/phare/kiosk.toml", options);
    fuzz::require(applied || applied.error().where.starts_with("/etc/phare/kiosk.toml"), "an error names the configuration file");
    return 0;
}
