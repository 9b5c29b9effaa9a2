#pragma once
// A small, strict WAV reader for the speech tests: our own, so a test does not trust the writer it
// checks. Accepts only what the kiosk writes: RIFF/WAVE, PCM, 16-bit, mono.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace phare::test {

struct Wav {
    int sample_rate = 0;
    std::vector<std::int16_t> samples;

    std::size_t at_ms(std::int64_t ms) const
    {
        return std::min(samples.size(), static_cast<std::size_t>(std::max<std::int64_t>(0, ms) * sample_rate / 1000));
    }
    // Root mean square over [from_ms, to_ms), full scale = 1.
    double rms(std::int64_t from_ms, std::int64_t to_ms) const
    {
        const std::size_t a = at_ms(from_ms), b = at_ms(to_ms);
        if (b <= a)
            return 0;
        double sum = 0;
        for (std::size_t i = a; i < b; ++i)
            sum += static_cast<double>(samples[i]) * samples[i];
        return std::sqrt(sum / static_cast<double>(b - a)) / 32768.0;
    }
    // Largest absolute sample over [from_ms, to_ms).
    int peak(std::int64_t from_ms, std::int64_t to_ms) const
    {
        int best = 0;
        for (std::size_t i = at_ms(from_ms); i < at_ms(to_ms); ++i)
            best = std::max(best, std::abs(static_cast<int>(samples[i])));
        return best;
    }
    double duration_ms() const { return sample_rate ? 1000.0 * static_cast<double>(samples.size()) / sample_rate : 0; }
};

inline std::uint32_t le32(const unsigned char* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24); }
inline std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }

// Fills `why` and returns nullopt when the file is not a valid 16-bit mono PCM WAV.
inline std::optional<Wav> read_wav(const std::string& path, std::string& why)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 44) {
        why = "shorter than a WAV header";
        return std::nullopt;
    }
    const unsigned char* h = bytes.data();
    if (std::memcmp(h, "RIFF", 4) != 0 || std::memcmp(h + 8, "WAVEfmt ", 8) != 0 || std::memcmp(h + 36, "data", 4) != 0) {
        why = "not RIFF/WAVE with fmt then data";
        return std::nullopt;
    }
    if (le32(h + 4) != bytes.size() - 8) {
        why = "RIFF size " + std::to_string(le32(h + 4)) + " does not match the file";
        return std::nullopt;
    }
    if (le16(h + 20) != 1 || le16(h + 22) != 1 || le16(h + 34) != 16 || le16(h + 32) != 2) {
        why = "not 16-bit mono PCM";
        return std::nullopt;
    }
    const std::uint32_t data = le32(h + 40);
    if (data != bytes.size() - 44 || data % 2 != 0) {
        why = "data size " + std::to_string(data) + " does not match the file";
        return std::nullopt;
    }
    Wav wav;
    wav.sample_rate = static_cast<int>(le32(h + 24));
    if (le32(h + 28) != static_cast<std::uint32_t>(wav.sample_rate) * 2) {
        why = "byte rate does not match the sample rate";
        return std::nullopt;
    }
    wav.samples.resize(data / 2);
    for (std::size_t i = 0; i < wav.samples.size(); ++i)
        wav.samples[i] = static_cast<std::int16_t>(le16(h + 44 + 2 * i));
    return wav;
}

}  // namespace phare::test
