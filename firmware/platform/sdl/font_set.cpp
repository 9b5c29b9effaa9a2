#include "platform/sdl/font_set.h"

#include "core/i18n/bidi.h"
#include "platform/sdl/assets_dir.h"
#include "platform/sdl/sdl_handles.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <stdexcept>

namespace phare::sdl {

namespace {

std::string first_existing(std::initializer_list<std::string> paths)
{
    for (const std::string& path : paths)
        if (std::filesystem::exists(path))
            return path;
    return *paths.begin();
}

}  // namespace

FontFiles default_font_files(const FontSearch& search)
{
    const std::string bundled = search.assets + "/fonts/";
    auto face = [&](const char* noto, const char* dejavu) {
        return first_existing({bundled + noto, search.noto + noto, search.dejavu + dejavu});
    };
    auto last_resort = [&](const char* dejavu) { return first_existing({bundled + dejavu, search.dejavu + dejavu}); };
    return {
        face("NotoSans-Regular.ttf", "DejaVuSans.ttf"),
        face("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
        face("NotoSansArabic-Regular.ttf", "DejaVuSans.ttf"),
        face("NotoSansArabic-Bold.ttf", "DejaVuSans-Bold.ttf"),
        face("NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf"),
        face("NotoSansHebrew-Bold.ttf", "DejaVuSans-Bold.ttf"),
        last_resort("DejaVuSans.ttf"),
        last_resort("DejaVuSans-Bold.ttf"),
    };
}

FontFiles default_font_files() { return default_font_files({assets_dir()}); }

SiteFont site_font(const content::Site& site, const content::SourceFiles& files)
{
    SiteFont font;
    auto bytes = [&](const std::string& path) {
        auto it = files.find(path);
        return it == files.end() ? std::string() : it->second;
    };
    font.regular = bytes(site.font.regular);
    font.bold = bytes(site.font.bold);
    font.regular_file = "site.json:/font/regular (" + site.font.regular + ")";
    font.bold_file = "site.json:/font/bold (" + site.font.bold + ")";
    return font;
}

void FontSet::Deleter::operator()(TTF_Font* font) const { TTF_CloseFont(font); }

FontSet::MappedFile::MappedFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("font file " + path + ": " + std::strerror(errno));
    struct stat info {};
    const bool sized = ::fstat(fd, &info) == 0 && info.st_size > 0;
    if (sized) {
        m_size = static_cast<std::size_t>(info.st_size);
        m_data = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
    }
    const int error = errno;
    ::close(fd);  // a mapping stays without its descriptor
    if (!sized || m_data == MAP_FAILED)
        throw std::runtime_error("font file " + path + ": " + (sized ? std::strerror(error) : "empty or unreadable"));
}

FontSet::MappedFile::~MappedFile() { ::munmap(m_data, m_size); }

FontSet::FontSet(FontFiles files, SiteFont site_font) : m_files(std::move(files)), m_site_font(std::move(site_font))
{
    if (TTF_Init() != 0)
        throw std::runtime_error(sdl_error("TTF_Init"));
    for (const std::string& path : {m_files.latin_regular, m_files.latin_bold, m_files.arabic_regular, m_files.arabic_bold,
                                     m_files.hebrew_regular, m_files.hebrew_bold, m_files.fallback_regular, m_files.fallback_bold})
        if (!std::filesystem::exists(path))
            throw std::runtime_error("font file " + path + " is missing (the kiosk's assets/fonts/ or fonts-noto-core)");
    // Opened once here so that a site font SDL_ttf cannot read stops the start, naming it.
    if (!m_site_font.regular.empty())
        open_bytes(m_site_font.regular_file, m_site_font.regular, 24);
    if (!m_site_font.bold.empty())
        open_bytes(m_site_font.bold_file, m_site_font.bold, 24);
}

FontSet::~FontSet()
{
    m_fonts.clear();
    TTF_Quit();
}

TTF_Font* FontSet::open(const std::string& path, int px)
{
    auto key = std::make_pair(path, px);
    auto it = m_fonts.find(key);
    if (it != m_fonts.end())
        return it->second.get();
    auto file = m_files_mapped.find(path);
    if (file == m_files_mapped.end())
        file = m_files_mapped.emplace(path, std::make_unique<MappedFile>(path)).first;
    // SDL_ttf closes the memory stream with the font (freesrc 1); the mapping stays with us.
    SDL_RWops* stream = SDL_RWFromConstMem(file->second->data(), static_cast<int>(file->second->size()));
    TTF_Font* font = stream ? TTF_OpenFontRW(stream, 1, px) : nullptr;
    if (!font)
        throw std::runtime_error(sdl_error(("TTF_OpenFont " + path).c_str()));
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    m_fonts.emplace(key, std::unique_ptr<TTF_Font, Deleter>(font));
    return font;
}

TTF_Font* FontSet::open_bytes(const std::string& key, const std::string& bytes, int px)
{
    auto it = m_fonts.find(std::make_pair(key, px));
    if (it != m_fonts.end())
        return it->second.get();
    SDL_RWops* stream = SDL_RWFromConstMem(bytes.data(), static_cast<int>(bytes.size()));
    TTF_Font* font = stream ? TTF_OpenFontRW(stream, 1, px) : nullptr;
    if (!font)
        throw std::runtime_error(key + ": SDL_ttf cannot open this font: " + TTF_GetError());
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    m_fonts.emplace(std::make_pair(key, px), std::unique_ptr<TTF_Font, Deleter>(font));
    return font;
}

TTF_Font* FontSet::kiosk_latin(int px, ui::Weight weight)
{
    return open(weight == ui::Weight::Bold ? m_files.latin_bold : m_files.latin_regular, px);
}

TTF_Font* FontSet::latin(int px, ui::Weight weight)
{
    if (m_site_font.regular.empty())
        return kiosk_latin(px, weight);
    const bool own_bold = weight == ui::Weight::Bold && !m_site_font.bold.empty();
    return own_bold ? open_bytes(m_site_font.bold_file, m_site_font.bold, px)
                    : open_bytes(m_site_font.regular_file, m_site_font.regular, px);
}

std::vector<FontSpan> FontSet::spans(std::string_view run, content::TextDirection direction, int px, ui::Weight weight)
{
    TTF_Font* primary = for_run(run, direction, px, weight);
    const bool bold = weight == ui::Weight::Bold;
    TTF_Font* candidates[] = {primary, latin(px, weight), kiosk_latin(px, weight), open(bold ? m_files.arabic_bold : m_files.arabic_regular, px),
                              open(bold ? m_files.hebrew_bold : m_files.hebrew_regular, px),
                              open(bold ? m_files.fallback_bold : m_files.fallback_regular, px)};
    std::vector<FontSpan> out;
    for (std::size_t pos = 0; pos < run.size();) {
        const std::size_t begin = pos;
        const char32_t c = i18n::next_code_point(run, pos);
        TTF_Font* font = primary;
        // Spaces and marks stay with the text around them; only a missing visible glyph moves.
        if (c > 0x20 && !TTF_GlyphIsProvided32(primary, static_cast<Uint32>(c)))
            for (TTF_Font* candidate : candidates)
                if (TTF_GlyphIsProvided32(candidate, static_cast<Uint32>(c))) {
                    font = candidate;
                    break;
                }
        if (!out.empty() && out.back().font == font)
            out.back().text.append(run.substr(begin, pos - begin));
        else
            out.push_back({std::string(run.substr(begin, pos - begin)), font});
    }
    const bool rtl = direction == content::TextDirection::RightToLeft;
    for (FontSpan& span : out) {
        TTF_SetFontDirection(span.font, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
        TTF_SetFontScriptName(span.font, std::string(i18n::script_of(span.text)).c_str());
    }
    if (rtl)
        std::reverse(out.begin(), out.end());
    return out;
}

std::optional<char32_t> FontSet::missing_glyph(std::string_view text)
{
    const int px = 24;
    TTF_Font* fonts[] = {latin(px, ui::Weight::Regular), kiosk_latin(px, ui::Weight::Regular), open(m_files.arabic_regular, px), open(m_files.hebrew_regular, px),
                         open(m_files.fallback_regular, px)};
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = i18n::next_code_point(text, pos);
        if (c <= 0x20 || c == 0x200F || c == 0x200E || (c >= 0x2066 && c <= 0x2069))  // invisible bidi marks
            continue;
        bool provided = false;
        for (TTF_Font* font : fonts)
            provided = provided || TTF_GlyphIsProvided32(font, static_cast<Uint32>(c));
        if (!provided)
            return c;
    }
    return std::nullopt;
}

TTF_Font* FontSet::for_run(std::string_view run, content::TextDirection direction, int px, ui::Weight weight)
{
    const std::string script(i18n::script_of(run));
    const bool bold = weight == ui::Weight::Bold;
    TTF_Font* font = script == "Arab"   ? open(bold ? m_files.arabic_bold : m_files.arabic_regular, px)
                     : script == "Hebr" ? open(bold ? m_files.hebrew_bold : m_files.hebrew_regular, px)
                                        : latin(px, weight);
    // The font object is shared between runs, so direction and script are set before every use.
    const bool rtl = direction == content::TextDirection::RightToLeft;
    TTF_SetFontDirection(font, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, script.c_str());
    return font;
}

}  // namespace phare::sdl
