#pragma once
// The visitor's listening settings: volume as a gain table in decibels (R-31: at least 18 dB of
// range, a step 12 dB above the lowest), speech rate in steps, and where sound goes
// (speaker or headset, R-26). All reset at session end.

#include <array>
#include <string>

namespace phare::a11y {

// 0 dB = full scale of the audio device. Steps of 3 dB from -24 dB: 24 dB of range.
inline constexpr std::array<int, 9> volume_gain_db{-24, -21, -18, -15, -12, -9, -6, -3, 0};
// The session's starting volume; maintainers calibrate the device so this is <= 65 dBA.
inline constexpr int default_volume_step = 4;

// eSpeak NG words per minute (R-14: at least 3 steps, one slower than the default).
inline constexpr std::array<int, 5> speech_rate_wpm{120, 145, 170, 200, 240};
inline constexpr int default_rate_step = 2;

enum class AudioOutput { Speaker, Headset };

struct AudioSettings {
    int volume_step = default_volume_step;
    int rate_step = default_rate_step;
    AudioOutput output = AudioOutput::Speaker;
    bool operator==(const AudioSettings&) const = default;

    int gain_db() const { return volume_gain_db[static_cast<std::size_t>(volume_step)]; }
    int rate_wpm() const { return speech_rate_wpm[static_cast<std::size_t>(rate_step)]; }
    // The volume as a visitor hears it named: 0 to 100 percent of the range.
    int volume_percent() const { return volume_step * 100 / static_cast<int>(volume_gain_db.size() - 1); }
};

}  // namespace phare::a11y
