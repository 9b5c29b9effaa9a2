#include "core/ui/layout.h"

#include "core/i18n/template.h"
#include "core/ui/text_layout.h"

#include <algorithm>
#include <cmath>

namespace phare::ui {

Layout::Layout(const content::Site& site, const State& state, const Theme& theme, const DeviceProfile& device, TextMetrics& metrics)
    : m_site(site), m_state(state), m_theme(theme), m_device(device), m_metrics(metrics)
{
    const content::Language* language = site.find_language(state.lang);
    m_direction = language ? language->direction : content::TextDirection::LeftToRight;
}

std::string Layout::ui(std::string_view key) const { return std::string(m_site.ui(key, m_state.lang)); }
std::string Layout::text(const content::LocalizedText& localized) const { return std::string(m_site.text(localized, m_state.lang)); }

std::string Layout::text_language(const content::LocalizedText& localized) const
{
    return std::string(m_site.text_language(localized, m_state.lang));
}

int Layout::font_px(double cap_mm)
{
    return static_cast<int>(std::ceil(m_device.px_per_mm * cap_mm / m_metrics.cap_height_ratio()));
}

int Layout::longest_word_width(const std::string& text, Weight weight, double cap_mm)
{
    const int font = font_px(cap_mm > 0 ? cap_mm : m_theme.body_cap_mm);
    int longest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        longest = std::max(longest, line_width(m_metrics, std::string_view(text).substr(start, end - start), m_direction,
                                               font, weight));
        start = end + 1;
    }
    return longest;
}

int Layout::content_width() const { return m_device.width_px - 2 * px(m_theme.margin_mm); }

int Layout::paged_body_height()
{
    const int gap = px(m_theme.gap_mm);
    header();
    int footer_height = 0;
    footer(footer_height);
    int caption_height = 0;
    caption(m_device.height_px - footer_height, caption_height);
    const int body_height = m_device.height_px - footer_height - caption_height - gap * 2 - (m_header_height + gap * 2);
    return body_height - (page_controls(0, 2).height + gap);
}

std::string Layout::join(std::string_view first, std::string_view second, std::string_view lang) const
{
    const std::string_view in = lang.empty() ? std::string_view(m_state.lang) : lang;
    return i18n::fill(m_site.ui("list.join", in), {{"first", std::string(first)}, {"second", std::string(second)}}, in);
}

std::string Layout::label_value(std::string_view label, std::string_view value) const
{
    return i18n::fill(ui("label.value"), {{"label", std::string(label)}, {"value", std::string(value)}}, m_state.lang);
}

std::string Layout::spoken_control(std::string_view label, std::string_view key, int index, int count, std::optional<bool> on) const
{
    std::string spoken = join(label, ui(key));
    if (on)
        spoken = join(spoken, ui(*on ? "state.on" : "state.off"));
    if (count > 0)
        spoken = join(spoken, i18n::fill(ui("position.of"), {{"index", std::to_string(index)}, {"count", std::to_string(count)}}));
    return spoken;
}

}  // namespace phare::ui
