#pragma once
// Builds screens out of blocks. A screen says what it shows, top to bottom, as blocks laid out in
// logical coordinates (x grows from the start edge); compose() adds the header and footer every
// screen shares, splits the body into pages when it does not fit (large text reflows into
// more pages, never off screen: R-38), mirrors everything for right-to-left languages and places
// each text line.

#include "core/content/site.h"
#include "core/ui/device.h"
#include "core/ui/frame.h"
#include "core/ui/state.h"
#include "core/ui/text_metrics.h"
#include "core/ui/theme.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::ui {

struct Block {
    std::vector<Element> elements;  // y relative to the block's top
    int height = 0;
    bool keep_with_next = false;  // a heading stays on the page of what it introduces
    int choices = 0;              // buttons that choose something (not navigation), for R-68
    bool new_page = false;        // starts a page of its own (one floor of the plan a page)
};

// The design system's three weights of action. One primary a screen: the thing most visitors came
// to do ("Comment y aller", "Prendre un ticket"); secondary for other choices; tertiary for the
// navigation every screen repeats, so that it never competes with the screen's own actions.
enum class ButtonKind { Primary, Secondary, Tertiary };

// A button that previews a setting draws its label as the setting would: in its colours. Its
// frame stays in the screen's colours, so it is seen against the page in every mode.
struct ButtonColours {
    Color fill;
    Color text;
};

struct ButtonSpec {
    std::string id;
    std::string label;
    std::string spoken;
    Action action;
    std::string image;  // pictogram path, drawn at the start of the button
    std::vector<Shape> glyph;  // or a drawn pictogram, in a 100-unit square (the rating's faces)
    bool selected = false;
    Role role = Role::Button;
    std::string lang;  // when the label is in another language than the screen (language names)
    content::TextDirection direction = content::TextDirection::LeftToRight;
    ButtonKind kind = ButtonKind::Secondary;
    // One of the kiosk's icons ("asset:icons/home.svg"), drawn at the start of the button in the
    // label's colour and as tall as its text is large (button_icon).
    std::string icon;
    // A preview of a setting (the accessibility screen): the label at this size (never smaller
    // than the screen's text) and in these colours. 0 / empty: the screen's own.
    double label_cap_mm = 0;
    std::optional<ButtonColours> colours;
};

class Layout {
public:
    Layout(const content::Site& site, const State& state, const Theme& theme, const DeviceProfile& device, TextMetrics& metrics);

    const content::Site& site() const { return m_site; }
    const State& state() const { return m_state; }
    const Theme& theme() const { return m_theme; }
    const std::string& lang() const { return m_state.lang; }
    content::TextDirection direction() const { return m_direction; }

    std::string ui(std::string_view key) const;
    std::string text(const content::LocalizedText& localized) const;
    // The language that text is really in (the visitor's, or the fallback that had it).
    std::string text_language(const content::LocalizedText& localized) const;
    int px(double mm) const { return m_device.px(mm); }
    TextMetrics& metrics() { return m_metrics; }
    int font_px(double cap_mm);
    int content_width() const;
    // The height a body block may take on a paged screen: the screen minus header, footer,
    // caption and the page controls.
    int paged_body_height();
    // At the body text's size, or at `cap_mm` when given.
    int longest_word_width(const std::string& text, Weight weight, double cap_mm = 0);

    // Two parts of one utterance or line joined with the punctuation of `lang` (the visitor's by
    // default): "list.join" ("Titres de séjour, bouton"; Arabic "،").
    std::string join(std::string_view first, std::string_view second, std::string_view lang = {}) const;
    // "Langue : Français", "Language: English" ("label.value").
    std::string label_value(std::string_view label, std::string_view value) const;

    // "Titres de séjour, bouton, 2 sur 10"
    std::string spoken_control(std::string_view label, std::string_view role_key, int index = 0, int count = 0,
                               std::optional<bool> on = std::nullopt) const;

    // `text_lang`: the language the text is in when it is not the visitor's (a fallback); the
    // element then carries it, is laid out in its direction and is read by its voice.
    Block heading(const std::string& id, const std::string& text, double cap_mm, bool keep_with_next = true,
                  std::string_view text_lang = {});
    Block paragraph(const std::string& id, const std::string& text, double cap_mm, Color fg, std::string_view text_lang = {});
    // An agents' notice in a framed box; an urgent one is bold, larger and framed thicker (its
    // words also say "Urgent": the frame is never the only sign).
    Block notice(const std::string& id, const std::string& text, bool urgent, std::string_view text_lang = {});
    // A queue call: large bold text centred on a filled strip in the palette's primary colours.
    Block banner(const std::string& id, const std::string& text, const std::string& spoken, double cap_mm);
    // A short status in bold words on a filled pill as wide as its words ("Ouvert · ferme à 12 h"):
    // the fill echoes what the words say, never alone. `fg` on `bg` must contrast.
    Block tag(const std::string& id, const std::string& text, const std::string& spoken, Color fg, Color bg, double cap_mm);
    // One step of a list (the directions): a drawn icon at the start edge, as tall as two lines of
    // its text so it grows with large text, and the step's words beside it. The icon is
    // decoration; the words carry the meaning. Icons are never mirrored: an arrow to the
    // left means left in the hall in every language.
    Block step(const std::string& id, const std::string& icon, const std::string& text, const std::string& spoken);
    // A card on the grey surface: a few lines of text one under the other, set apart from the page
    // (the route's summary before its steps).
    struct CardLine {
        std::string id;
        std::string text;
        std::string spoken;  // empty: the text
        bool bold = false;
    };
    Block card(const std::string& id, const std::vector<CardLine>& lines);
    // Short words side by side, each in its own language and direction, wrapping to new rows: the
    // welcome in every language of the site. Decoration: nothing in it is read aloud.
    struct FlowWord {
        std::string text;
        std::string lang;
    };
    Block word_flow(const std::string& id, const std::vector<FlowWord>& words, double cap_mm, Color fg);
    // A decorative picture (its meaning is in the text beside it), 24 mm square.
    Block picture(const std::string& id, const std::string& path);
    Block button(const ButtonSpec& spec);
    Block button_of_width(const ButtonSpec& spec, int width);
    // Choices of equal weight side by side (the home screen's services, a segmented control), up
    // to `max_columns` a row where their words fit; one row a block so pages break between rows.
    std::vector<Block> button_grid(const std::vector<ButtonSpec>& specs, int max_columns = 2);
    // An on/off setting: its label, and at the end edge a drawn switch with its state in words.
    Block switch_row(const ButtonSpec& spec, bool on);
    // Buttons side by side, wrapping to new rows; each as wide as its label needs.
    Block button_flow(const std::vector<ButtonSpec>& specs);

    // The whole screen: header, paged body (or the help text in its place), footer.
    Frame compose(const std::string& screen_name, std::vector<Block> body, const std::string& help_text);

private:
    Element text_element(const std::string& id, Role role, const std::string& text, int width, double cap_mm, Weight weight,
                         Color fg, Color bg, int padding, std::string_view text_lang = {});
    bool is_fallback(std::string_view text_lang) const;
    void introduce(Block& block, Element text, double cap_mm);
    Element make_button(const ButtonSpec& spec, int width, int min_height, int& height_out);
    int icon_px() const;
    int pictogram_px() const;
    Element button_icon(const Element& button, const std::string& icon) const;
    Block page_controls(int page, int pages);
    std::vector<Element> header();
    std::vector<Element> state_block(int x, int width);
    std::vector<Element> footer(int& height);
    bool language_button_wanted() const;
    bool language_in_footer();
    std::vector<Element> caption(int bottom, int& height);
    void finalize(Frame& frame) const;

    const content::Site& m_site;
    const State& m_state;
    const Theme& m_theme;
    const DeviceProfile& m_device;
    TextMetrics& m_metrics;
    content::TextDirection m_direction;
    int m_header_height = 0;
};

}  // namespace phare::ui
