#include "core/ui/frame.h"

#include <nlohmann/json.hpp>

namespace phare::ui {

const Element* Frame::find(const std::string& id) const
{
    for (const Element& element : elements)
        if (element.id == id)
            return &element;
    return nullptr;
}

std::vector<const Element*> Frame::focus_order() const
{
    std::vector<const Element*> order;
    for (const Element& element : elements)
        if (element.focusable)
            order.push_back(&element);
    return order;
}

std::vector<const Element*> Frame::reading_order() const
{
    std::vector<const Element*> order;
    for (const Element& element : elements)
        if (element.focusable || (!element.spoken.empty() && element.role != Role::Panel))
            order.push_back(&element);
    return order;
}

const Element* Frame::hit(int x, int y) const
{
    for (auto it = elements.rbegin(); it != elements.rend(); ++it)
        if (it->action && it->rect.contains(x, y))
            return &*it;
    return nullptr;
}

std::string to_string(Role role)
{
    switch (role) {
    case Role::Panel: return "panel";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Button: return "button";
    case Role::Toggle: return "toggle";
    case Role::Image: return "image";
    }
    return "text";
}

namespace {

nlohmann::json shapes_to_json(const std::vector<Shape>& shapes)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Shape& shape : shapes) {
        nlohmann::json points = nlohmann::json::array();
        for (const Point& p : shape.points)
            points.push_back({p.x, p.y});
        const char* kind = shape.kind == ShapeKind::Polyline ? "polyline" : shape.kind == ShapeKind::Polygon ? "polygon" : "circle";
        nlohmann::json item = {{"kind", kind}, {"points", points}, {"width_px", shape.width_px}, {"color", to_hex(shape.color)}};
        if (!shape.dash.empty())
            item["dash"] = shape.dash;
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

std::string frame_to_json(const Frame& frame)
{
    using nlohmann::json;
    json elements = json::array();
    for (const Element& e : frame.elements) {
        json lines = json::array();
        for (const TextLine& line : e.lines)
            lines.push_back({{"text", line.text}, {"rect", {line.rect.x, line.rect.y, line.rect.w, line.rect.h}}});
        json item = {
            {"id", e.id},
            {"role", to_string(e.role)},
            {"rect", {e.rect.x, e.rect.y, e.rect.w, e.rect.h}},
            {"text", e.text},
            {"spoken", e.spoken},
            {"lang", e.lang},
            {"dir", e.direction == TextDirection::RightToLeft ? "rtl" : "ltr"},
            {"font_px", e.font_px},
            {"fg", to_hex(e.fg)},
            {"bg", to_hex(e.bg)},
            {"focusable", e.focusable},
            {"focused", e.focused},
            {"selected", e.selected},
            {"lines", lines},
        };
        if (!e.intro.empty()) {
            item["intro"] = e.intro;
            item["intro_lang"] = e.intro_lang;
        }
        if (!e.image.empty())
            item["image"] = e.image;
        if (!e.qr_text.empty())
            item["qr_text"] = e.qr_text;
        if (!e.shapes.empty())
            item["shapes"] = shapes_to_json(e.shapes);
        for (const PlacedPicture& picture : e.pictures)
            item["pictures"].push_back({{"image", picture.image}, {"rect", {picture.rect.x, picture.rect.y, picture.rect.w, picture.rect.h}}});
        elements.push_back(std::move(item));
    }
    json out = {
        {"screen", frame.screen},
        {"size", {frame.width, frame.height}},
        {"lang", frame.lang},
        {"dir", frame.direction == TextDirection::RightToLeft ? "rtl" : "ltr"},
        {"elements", elements},
    };
    return out.dump(2);
}

}  // namespace phare::ui
