#include "platform/audio/wav_writer.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace phare::audio {

namespace {

void put_u32(std::array<unsigned char, 44>& h, std::size_t at, std::uint32_t v)
{
    for (std::size_t i = 0; i < 4; ++i)
        h[at + i] = static_cast<unsigned char>(v >> (8 * i));
}

void put_u16(std::array<unsigned char, 44>& h, std::size_t at, std::uint16_t v)
{
    h[at] = static_cast<unsigned char>(v);
    h[at + 1] = static_cast<unsigned char>(v >> 8);
}

std::array<unsigned char, 44> header(int sample_rate, std::uint64_t samples)
{
    std::array<unsigned char, 44> h{};
    const auto data_bytes = static_cast<std::uint32_t>(samples * 2);
    std::memcpy(h.data(), "RIFF", 4);
    put_u32(h, 4, 36 + data_bytes);
    std::memcpy(h.data() + 8, "WAVEfmt ", 8);
    put_u32(h, 16, 16);  // PCM format chunk size
    put_u16(h, 20, 1);   // PCM
    put_u16(h, 22, 1);   // mono
    put_u32(h, 24, static_cast<std::uint32_t>(sample_rate));
    put_u32(h, 28, static_cast<std::uint32_t>(sample_rate) * 2);
    put_u16(h, 32, 2);   // block align
    put_u16(h, 34, 16);  // bits per sample
    std::memcpy(h.data() + 36, "data", 4);
    put_u32(h, 40, data_bytes);
    return h;
}

}  // namespace

WavWriter::WavWriter(const std::string& path, int sample_rate) : m_file(std::fopen(path.c_str(), "wb")), m_path(path), m_sample_rate(sample_rate)
{
    if (!m_file)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    const auto h = header(m_sample_rate, 0);
    m_ok = std::fwrite(h.data(), 1, h.size(), m_file.get()) == h.size();
}

WavWriter::~WavWriter() { close(); }

void WavWriter::write(std::span<const std::int16_t> samples)
{
    if (!m_file)
        return;
    // WAV is little-endian, as are the kiosk's targets (x86-64, arm64).
    m_ok = m_ok && std::fwrite(samples.data(), sizeof(std::int16_t), samples.size(), m_file.get()) == samples.size();
    m_samples += samples.size();
}

bool WavWriter::close()
{
    if (!m_file)
        return m_ok;
    const auto h = header(m_sample_rate, m_samples);
    m_ok = m_ok && std::fseek(m_file.get(), 0, SEEK_SET) == 0 && std::fwrite(h.data(), 1, h.size(), m_file.get()) == h.size();
    m_ok = std::fclose(m_file.release()) == 0 && m_ok;
    return m_ok;
}

}  // namespace phare::audio
