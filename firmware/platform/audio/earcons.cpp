#include "platform/audio/earcons.h"

#include <cmath>
#include <numbers>

namespace phare::audio {

namespace {

// One note: frequency glides from `from_hz` to `to_hz` over `ms`, at `level` times the peak.
struct Note {
    double from_hz;
    double to_hz;
    int ms;
    double level = 1.0;
};

constexpr double peak = 0.35 * 32767.0;  // about -9 dBFS

void append_note(std::vector<std::int16_t>& out, const Note& note, int sample_rate)
{
    const int count = note.ms * sample_rate / 1000;
    const int ramp = sample_rate * 5 / 1000;  // 5 ms fades: no clicks at the edges
    double phase = 0;
    for (int i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / count;
        const double hz = note.from_hz + (note.to_hz - note.from_hz) * t;
        phase += 2 * std::numbers::pi * hz / sample_rate;
        double envelope = 1.0;
        if (i < ramp)
            envelope = static_cast<double>(i) / ramp;
        else if (i > count - ramp)
            envelope = static_cast<double>(count - i) / ramp;
        out.push_back(static_cast<std::int16_t>(std::lround(peak * note.level * envelope * std::sin(phase))));
    }
}

void append_silence(std::vector<std::int16_t>& out, int ms, int sample_rate)
{
    out.insert(out.end(), static_cast<std::size_t>(ms * sample_rate / 1000), std::int16_t{0});
}

}  // namespace

std::vector<std::int16_t> synthesise_earcon(ui::Earcon earcon, int sample_rate)
{
    std::vector<std::int16_t> out;
    switch (earcon) {
    case ui::Earcon::Move:  // a short high tick
        append_note(out, {1400, 1400, 35}, sample_rate);
        break;
    case ui::Earcon::MoveToText:  // the same tick an octave lower and half as loud: text, nothing to press
        append_note(out, {700, 700, 35, 0.5}, sample_rate);
        break;
    case ui::Earcon::Select:  // rising two-note "yes"
        append_note(out, {880, 880, 60}, sample_rate);
        append_note(out, {1320, 1320, 80}, sample_rate);
        break;
    case ui::Earcon::NoAction:  // low falling buzz: "nothing here"
        append_note(out, {300, 200, 150}, sample_rate);
        break;
    case ui::Earcon::PageChange:  // an upward sweep, like a page turning
        append_note(out, {500, 1600, 120}, sample_rate);
        break;
    case ui::Earcon::TimeoutWarning:  // three quick beeps, repeated pitch: attention
        for (int i = 0; i < 3; ++i) {
            append_note(out, {1000, 1000, 60}, sample_rate);
            if (i < 2)
                append_silence(out, 40, sample_rate);
        }
        break;
    case ui::Earcon::Call:  // a falling two-tone chime before a queue call: heard across a hall
        append_note(out, {1047, 1047, 120}, sample_rate);
        append_note(out, {784, 784, 170}, sample_rate);
        break;
    }
    return out;
}

}  // namespace phare::audio
