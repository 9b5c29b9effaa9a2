#pragma once
// The kiosk's fonts: one face for Latin and Cyrillic text, one for Arabic, one for Hebrew, each in regular and
// bold, opened once per pixel size and kept. They are the kiosk's own copies (assets/fonts/), so the
// look does not depend on what the machine has installed; a site may bring its own text face. HarfBuzz (inside SDL_ttf) shapes each run in its
// direction and script. Each file is mapped into memory once (its descriptor closed at once) and
// every size opened from there: a face opened from its file would hold a file descriptor per size
// for the kiosk's lifetime.

#include "core/content/site.h"
#include "core/content/source_files.h"
#include "core/ui/text_metrics.h"

#include <cstddef>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

typedef struct _TTF_Font TTF_Font;

namespace phare::sdl {

struct FontFiles {
    std::string latin_regular;
    std::string latin_bold;
    std::string arabic_regular;
    std::string arabic_bold;
    std::string hebrew_regular;
    std::string hebrew_bold;
    std::string fallback_regular;  // symbols and punctuation the script fonts lack
    std::string fallback_bold;
};

// A piece of a run drawn with one font, in the order it appears on screen.
struct FontSpan {
    std::string text;
    TTF_Font* font = nullptr;
};

// Where to look for each face, in order: the kiosk's own copies, then the system's.
struct FontSearch {
    std::string assets;  // holds fonts/NotoSans-Regular.ttf... and fonts/DejaVuSans.ttf
    std::string noto = "/usr/share/fonts/truetype/noto/";
    std::string dejavu = "/usr/share/fonts/truetype/dejavu/";
};

// The bundled faces from `search.assets`, each replaced by the system's copy only when its file is
// not there (Noto, else DejaVu); DejaVu Sans, bundled too, is the last resort for a glyph no
// script face has (the arrows of the directions).
FontFiles default_font_files(const FontSearch& search);
// The same from assets_dir() and Debian's font folders.
FontFiles default_font_files();

// A site's own text face (site.json "font"), in memory: it draws Latin and Cyrillic text, the
// kiosk's faces taking every glyph it lacks.
struct SiteFont {
    std::string regular;  // the font file's bytes
    std::string bold;     // empty: the regular face drawn for bold too
    std::string regular_file;  // where the bytes came from, for errors ("site.json:/font/regular (media/a.ttf)")
    std::string bold_file;
};

// The font `site` names, from its files; empty when it names none. Validation has checked that
// the files exist.
SiteFont site_font(const content::Site& site, const content::SourceFiles& files);

class FontSet {
public:
    // Initialises SDL_ttf; throws std::runtime_error naming a missing font file or a site font
    // SDL_ttf cannot open.
    explicit FontSet(FontFiles files, SiteFont site_font = {});
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // A font ready to shape `run` in `direction` at `px`.
    TTF_Font* for_run(std::string_view run, content::TextDirection direction, int px, ui::Weight weight);
    // The run cut where the script's font lacks a glyph (an em dash in Arabic text, a symbol),
    // each span with a font that has it, in visual order, direction and script already set.
    std::vector<FontSpan> spans(std::string_view run, content::TextDirection direction, int px, ui::Weight weight);
    // The first visible character no font can draw (it would show as an empty box), if any.
    std::optional<char32_t> missing_glyph(std::string_view text);
    TTF_Font* latin(int px, ui::Weight weight);

private:
    TTF_Font* open(const std::string& path, int px);

    TTF_Font* open_bytes(const std::string& key, const std::string& bytes, int px);
    TTF_Font* kiosk_latin(int px, ui::Weight weight);

    FontFiles m_files;
    SiteFont m_site_font;
    struct Deleter {
        void operator()(TTF_Font* font) const;
    };
    // A font file mapped read-only: pages the faces touch are shared with the system's cache.
    class MappedFile {
    public:
        explicit MappedFile(const std::string& path);  // throws std::runtime_error naming the file
        ~MappedFile();
        MappedFile(const MappedFile&) = delete;
        MappedFile& operator=(const MappedFile&) = delete;
        const void* data() const { return m_data; }
        std::size_t size() const { return m_size; }

    private:
        void* m_data = nullptr;
        std::size_t m_size = 0;
    };
    // By path; declared before the faces, which read their file until they are closed.
    std::map<std::string, std::unique_ptr<MappedFile>> m_files_mapped;
    std::map<std::pair<std::string, int>, std::unique_ptr<TTF_Font, Deleter>> m_fonts;
};

}  // namespace phare::sdl
