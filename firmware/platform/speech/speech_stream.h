#pragma once
// The hand-over between the speech worker (writes PCM) and whoever plays it (reads PCM): a queue
// of utterances, the front one playing. Thread-safe. It does not synthesise, mix or play; it only
// keeps the order (no two utterances ever overlap, R-12) and says when each one started and ended
// on the reader's sample clock.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <span>
#include <vector>

namespace phare::speech {

using UtteranceId = std::uint64_t;

enum class MarkKind { Started, Finished };

// Something that happened at `offset` samples into the buffer a read() filled.
struct Mark {
    UtteranceId id = 0;
    MarkKind kind = MarkKind::Started;
    std::size_t offset = 0;
};

// Readers that must be deterministic (a WAV file on a virtual clock) wait for the synthesiser;
// the audio device never does, a late sample is silence there.
enum class WaitForSynthesis { No, Yes };

class SpeechStream {
public:
    // Reader side's control, from the main thread.
    void add(UtteranceId id);
    // Drops every utterance, playing or queued; returns the one that was playing, 0 if none.
    UtteranceId clear();

    // Writer side, from the worker.
    // False when `id` was dropped meanwhile: the worker stops synthesising it.
    bool append(UtteranceId id, std::span<const std::int16_t> samples);
    void finish(UtteranceId id);
    bool wanted(UtteranceId id) const;

    // Fills `out` from the front utterances in order and zeroes the rest; returns how many samples
    // were speech. `marks` gets Started/Finished marks (it is cleared first; reserve it to keep
    // the audio callback free of allocation). With WaitForSynthesis::Yes, waits for the worker
    // up to `cap` in total before giving up (a stuck synthesiser must not hang the kiosk).
    std::size_t read(std::span<std::int16_t> out, std::vector<Mark>& marks, WaitForSynthesis wait,
                     std::chrono::milliseconds cap = std::chrono::milliseconds(2000));

    bool idle() const;  // nothing playing, nothing queued

private:
    struct Utterance {
        UtteranceId id = 0;
        std::deque<std::int16_t> pcm;
        bool synthesised = false;
        bool started = false;
    };
    Utterance* find(UtteranceId id);

    mutable std::mutex m_mutex;
    std::condition_variable m_more;
    std::deque<Utterance> m_queue;
};

}  // namespace phare::speech
