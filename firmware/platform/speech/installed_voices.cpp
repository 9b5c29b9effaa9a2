#include "platform/speech/installed_voices.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

namespace phare::speech {

namespace {

// espeak_VOICE::languages packs "<priority byte><code>\0" entries, ended by a zero priority.
std::vector<std::string> languages_of(const espeak_VOICE& voice)
{
    std::vector<std::string> languages;
    for (const char* p = voice.languages; p && *p != 0;) {
        std::string code(p + 1);
        p += code.size() + 2;
        languages.push_back(std::move(code));
    }
    return languages;
}

content::Voices list_voices()
{
    // The data folder eSpeak NG itself would use (ESPEAK_DATA_PATH, else its built-in one);
    // listing needs no synthesis, so espeak_Initialize is not called here.
    espeak_ng_InitializePath(nullptr);
    content::Voices voices;
    if (const espeak_VOICE** list = espeak_ListVoices(nullptr))
        for (; *list; ++list)
            voices.push_back({(*list)->name ? (*list)->name : "", (*list)->identifier ? (*list)->identifier : "", languages_of(**list)});
    return voices;
}

}  // namespace

const content::Voices& installed_voices()
{
    static const content::Voices voices = list_voices();
    return voices;
}

}  // namespace phare::speech
