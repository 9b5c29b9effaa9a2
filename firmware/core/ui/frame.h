#pragma once
// The Frame: what one screen shows and says, as a display list. It is the kiosk's accessibility
// tree and its test surface: the painter draws it, speech reads its labels, tests inspect it.

#include "core/content/site.h"
#include "core/ui/action.h"
#include "core/ui/geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace phare::ui {

using content::TextDirection;

enum class Role { Panel, Heading, Text, Button, Toggle, Image };
// Placed: the screen put each line itself (x relative to the element), for labels on a floor
// plan; right-to-left languages do not mirror them, a plan is a plan.
enum class Align { Start, Center, Placed };

struct Point {
    int x = 0;
    int y = 0;
    bool operator==(const Point&) const = default;
};

// A vector drawing primitive, in pixels relative to its element's top-left corner (so mirroring an
// element for right-to-left languages moves the drawing without flipping it).
enum class ShapeKind {
    Polyline,  // `points` joined by a line `width_px` wide, solid or dashed
    Polygon,   // `points` filled: any simple polygon, convex or not
    Circle,    // filled, centre `points[0]`, radius `width_px / 2`
};

struct Shape {
    ShapeKind kind = ShapeKind::Polyline;
    std::vector<Point> points;
    int width_px = 1;
    Color color;
    std::vector<int> dash;  // on, off, on, off... lengths in pixels along the line; empty: solid
    bool operator==(const Shape&) const = default;
};

// One of the kiosk's pictograms ("asset:pictograms/lift.svg") placed inside an element, relative
// to its top-left corner, drawn after its shapes in its foreground colour: the lift and the
// toilets on the floor plan.
struct PlacedPicture {
    std::string image;
    Rect rect;
    bool operator==(const PlacedPicture&) const = default;
};

struct TextLine {
    std::string text;  // logical order; the painter splits it into bidi runs
    Rect rect;         // where the line's ink box sits on screen
};

struct Element {
    std::string id;
    Role role = Role::Text;
    Rect rect;
    std::string text;    // what is shown
    std::string spoken;  // what a blind visitor hears for it; empty for decoration
    std::vector<TextLine> lines;
    std::string lang;
    // Said first, in `intro_lang`, for a text in another language than the visitor's (a fallback):
    // "رسالة باللغة الفرنسية:" before a French notice read by the French voice.
    std::string intro;
    std::string intro_lang;
    TextDirection direction = TextDirection::LeftToRight;
    int font_px = 0;
    bool bold = false;
    Align align = Align::Start;
    Color fg;
    Color bg;  // the colour actually under the text
    Color border;
    int border_px = 0;
    int radius_px = 0;  // rounded corners of the fill and the border; half the height: a pill
    std::string image;  // media path inside the site, for Role::Image
    std::vector<Shape> shapes;  // a vector drawing (the floor plan), drawn before the lines
    std::vector<PlacedPicture> pictures;  // drawn over the shapes, under the lines
    std::string qr_text;        // Role::Image: a QR code of this text, dark on light, quiet zone included
    std::optional<Action> action;
    bool focusable = false;
    bool focused = false;
    bool selected = false;  // toggles and the current language
};

struct Frame {
    std::string screen;
    int width = 0;
    int height = 0;
    std::string lang;
    TextDirection direction = TextDirection::LeftToRight;
    Color background;
    Color focus_ring;
    int focus_ring_px = 0;
    std::vector<Element> elements;
    // On a paged screen, the first element of the page shown that speech reads; empty otherwise.
    // A page turn is announced from it, not from the screen's heading.
    std::string page_start;

    const Element* find(const std::string& id) const;
    // Actionable elements in reading order (the order of the display list).
    std::vector<const Element*> focus_order() const;
    // Everything the keypad walks and speech reads: actionable elements and the text between
    // them (headings, descriptions, hours), images with a text alternative (the floor plan, the QR
    // code), never decoration (R-01, R-10; docs/accessibility.md, "Reading order").
    std::vector<const Element*> reading_order() const;
    // The topmost actionable element under a point.
    const Element* hit(int x, int y) const;
};

std::string to_string(Role role);
std::string frame_to_json(const Frame& frame);

}  // namespace phare::ui
