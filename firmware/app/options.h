#pragma once
// Command-line options of phare-kiosk.

#include "core/error.h"
#include "core/ui/state.h"

#include <string>

namespace phare::app {

struct Options {
    std::string site_dir;
    std::string kiosk_id;  // empty: the site's first kiosk
    std::string lang;      // empty: the site's default language
    ui::Modes modes;
    ui::SessionPolicy session;
    int width = 1080;
    int height = 1920;
    double px_per_mm = 4.03;
    bool headless = false;
    bool windowed = false;
    std::string script;
    std::string state_dir;       // --state-dir DIR: the feedback outbox lives here
    long long outbox_capacity = 10000;
    std::string speech_log;      // --speech-log FILE: one JSON line per speech event
    std::string audio_out;       // --audio-out FILE.wav: record what the device would play
    std::string speaker_device;  // --speaker-device NAME (SDL output name); empty: default
    std::string headset_device;  // --headset-device NAME; empty: the speaker's device
    std::string trace;           // --trace FILE: frames presented and speech started, for benchmarks
    bool validate_only = false;
    bool show_help = false;

    // The hub (see config/kiosk.example.toml); no hub URL: the kiosk runs offline from its site.
    std::string config_file;     // --config FILE: read first, command-line options override it
    std::string hub_url;         // "https://hub.example"; empty: no sync, no upload
    std::string token_file;      // this kiosk's bearer token (0600), as printed by `phare-hub kiosk add`
    std::string hub_public_key;  // the hub's Ed25519 public key, 64 hex digits: bundles must verify with it
    std::string ca_file;         // a pinned CA bundle for TLS; empty: the system's
    std::string public_url;      // where visitors' phones reach the hub's route pages; empty: hub_url
    int poll_interval_s = 15;
    int heartbeat_interval_s = 300;
    bool live_channel = true;  // hold the hub's long-poll for instant content changes; polling stays
    // "kiosk" (visitors operate it) or "board" (a hall display: the queue board and calls in large
    // type, announced aloud, no input); docs/queue.md.
    std::string role = "kiosk";
    std::string printer_device;  // [printer] device: a receipt printer's device file; empty: none
    std::string clock;  // --clock YYYY-MM-DDTHH:MM: pin the wall clock (scripts, tests, screenshots)
};

// An error's `where` is the option ("--clock") or the configuration file's place
// ("kiosk.toml:7:1"); its message says what is wrong with the value given.
Result<Options> parse_options(int argc, char** argv);
// "large,contrast" -> Modes; an unknown name is an error naming it. Its `where` is empty: the
// caller knows whether the text came from --mode or from a file.
Result<ui::Modes> parse_modes(const std::string& text);
std::string usage();

}  // namespace phare::app
