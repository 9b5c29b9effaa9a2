#include "platform/audio/sdl_audio_sink.h"

#include <SDL.h>

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace phare::audio {

namespace {

// One opened SDL device; closed when destroyed (RAII).
struct Device {
    SDL_AudioDeviceID id = 0;
    a11y::AudioOutput serves = a11y::AudioOutput::Speaker;
    bool serves_both = false;
    SdlAudioSink::Impl* sink = nullptr;
    Device() = default;
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;
    ~Device()
    {
        if (id != 0)
            SDL_CloseAudioDevice(id);
    }
};

void SDLCALL on_audio(void* userdata, Uint8* stream, int len);

}  // namespace

struct SdlAudioSink::Impl {
    Mixer& mixer;
    std::function<void()> wake;
    DeviceNames names;
    // Blocks of silence in a row (audio thread); the main thread closes the devices past the limit.
    std::atomic<int> silent_blocks{0};
    int close_after_blocks = 0;
    std::atomic<a11y::AudioOutput> route{a11y::AudioOutput::Speaker};
    std::vector<std::unique_ptr<Device>> devices;  // pointers stay put: SDL holds them as userdata
    std::string description;

    Impl(Mixer& m, std::function<void()> w) : mixer(m), wake(std::move(w)) {}
    void open(const std::string& name, a11y::AudioOutput serves, bool serves_both);
    void open_all();
};

namespace {

void SDLCALL on_audio(void* userdata, Uint8* stream, int len)
{
    auto* device = static_cast<Device*>(userdata);
    std::span<std::int16_t> out(reinterpret_cast<std::int16_t*>(stream), static_cast<std::size_t>(len) / sizeof(std::int16_t));
    // Only the device of the chosen output plays; the other one stays silent.
    if (!device->serves_both && device->serves != device->sink->route.load()) {
        std::memset(stream, 0, static_cast<std::size_t>(len));
        return;
    }
    SdlAudioSink::Impl& sink = *device->sink;
    if (sink.mixer.render(out, speech::WaitForSynthesis::No) > 0) {
        sink.silent_blocks = 0;
        if (sink.wake)
            sink.wake();
    } else if (sink.silent_blocks < sink.close_after_blocks && ++sink.silent_blocks == sink.close_after_blocks && sink.wake) {
        sink.wake();  // the main loop's next advance_to() closes the devices
    }
}

}  // namespace

void SdlAudioSink::Impl::open(const std::string& name, a11y::AudioOutput serves, bool serves_both)
{
    auto device = std::make_unique<Device>();
    device->serves = serves;
    device->serves_both = serves_both;
    device->sink = this;
    SDL_AudioSpec want{};
    want.freq = mixer.sample_rate();
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = device_block_samples;
    want.callback = on_audio;
    want.userdata = device.get();
    SDL_AudioSpec have{};
    // No allowed changes: SDL converts our 22050 Hz mono to whatever the hardware wants.
    device->id = SDL_OpenAudioDevice(name.empty() ? nullptr : name.c_str(), 0, &want, &have, 0);
    if (device->id == 0)
        throw std::runtime_error("cannot open audio device \"" + (name.empty() ? std::string("default") : name) + "\": " + SDL_GetError());
    const std::string what = serves_both ? "speaker and headset" : serves == a11y::AudioOutput::Speaker ? "speaker" : "headset";
    description += (description.empty() ? "" : "; ") + what + " on \"" + (name.empty() ? std::string("default device") : name) + "\"";
    SDL_PauseAudioDevice(device->id, 0);
    devices.push_back(std::move(device));
}

void SdlAudioSink::Impl::open_all()
{
    description.clear();
    const bool one_device = names.headset.empty() || names.headset == names.speaker;
    open(names.speaker, a11y::AudioOutput::Speaker, one_device);
    if (!one_device)
        open(names.headset, a11y::AudioOutput::Headset, false);
}

SdlAudioSink::SdlAudioSink(Mixer& mixer, const DeviceNames& names, std::function<void()> wake)
    : m_impl(std::make_unique<Impl>(mixer, std::move(wake)))
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        throw std::runtime_error(std::string("no audio: ") + SDL_GetError());
    m_impl->names = names;
    m_impl->close_after_blocks = idle_close_ms * mixer.sample_rate() / 1000 / device_block_samples;
    try {
        m_impl->open_all();
    } catch (...) {
        m_impl->devices.clear();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        throw;
    }
    const char* driver = SDL_GetCurrentAudioDriver();
    m_impl->description = std::string(driver ? driver : "?") + " driver, " + m_impl->description;
}

SdlAudioSink::~SdlAudioSink()
{
    m_impl->devices.clear();  // closing a device waits for its callback to return
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void SdlAudioSink::advance_to(std::int64_t /*now_ms*/)
{
    if (!m_impl->devices.empty() && m_impl->silent_blocks >= m_impl->close_after_blocks)
        m_impl->devices.clear();  // waits for a callback in progress to return
}

void SdlAudioSink::expect_sound()
{
    m_impl->silent_blocks = 0;
    if (!m_impl->devices.empty())
        return;
    const std::string described = m_impl->description;
    try {
        m_impl->open_all();
    } catch (const std::runtime_error&) {
        m_impl->devices.clear();  // a device unplugged while closed: silent, tried again next time
    }
    m_impl->description = described;
}

std::int64_t SdlAudioSink::time_of_sample(std::uint64_t /*sample*/, std::int64_t now_ms) const { return now_ms; }

void SdlAudioSink::route(a11y::AudioOutput output) { m_impl->route = output; }

std::string SdlAudioSink::describe() const { return "SDL audio: " + m_impl->description; }

}  // namespace phare::audio
