#pragma once
// Command-line options of phare-kiosk.

#include "ui/state.h"

#include <optional>
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
    bool validate_only = false;
    bool show_help = false;
};

struct ParsedOptions {
    std::optional<Options> options;
    std::string error;  // set when options is empty
};

ParsedOptions parse_options(int argc, char** argv);
// "large,contrast" -> Modes; an unknown name is an error naming it.
std::optional<ui::Modes> parse_modes(const std::string& text, std::string& error);
std::string usage();

}  // namespace phare::app
