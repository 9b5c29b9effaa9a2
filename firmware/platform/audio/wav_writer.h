#pragma once
// Writes 16-bit mono PCM to a RIFF/WAVE file; the sizes in the header are fixed when it closes.

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>

namespace phare::audio {

class WavWriter {
public:
    // Throws std::runtime_error naming the path when the file cannot be created.
    WavWriter(const std::string& path, int sample_rate);
    ~WavWriter();
    WavWriter(const WavWriter&) = delete;
    WavWriter& operator=(const WavWriter&) = delete;

    void write(std::span<const std::int16_t> samples);
    // Patches the header; the destructor does it too. False if the disk refused.
    bool close();

private:
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, FileCloser> m_file;
    std::string m_path;
    int m_sample_rate;
    std::uint64_t m_samples = 0;
    bool m_ok = true;
};

}  // namespace phare::audio
