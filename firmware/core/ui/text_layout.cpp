#include "core/ui/text_layout.h"

#include "core/i18n/bidi.h"

namespace phare::ui {

int line_width(TextMetrics& metrics, std::string_view line, content::TextDirection base, int px, Weight weight)
{
    int width = 0;
    for (const i18n::BidiRun& run : i18n::visual_runs(line, base))
        width += metrics.run_width(run.text, run.direction, px, weight);
    return width;
}

namespace {

std::vector<std::string_view> split_words(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        std::size_t end = text.find(' ', pos);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > pos)
            words.push_back(text.substr(pos, end - pos));
        pos = end;
    }
    return words;
}

// Breaks an over-long word at code point boundaries.
void break_word(TextMetrics& metrics, std::string_view word, content::TextDirection base, int px, Weight weight, int max_width,
                std::vector<WrappedLine>& lines)
{
    std::string current;
    for (std::size_t pos = 0; pos < word.size();) {
        std::size_t begin = pos;
        i18n::next_code_point(word, pos);
        std::string candidate = current + std::string(word.substr(begin, pos - begin));
        int width = line_width(metrics, candidate, base, px, weight);
        if (width > max_width && !current.empty()) {
            lines.push_back({current, line_width(metrics, current, base, px, weight)});
            current = std::string(word.substr(begin, pos - begin));
        } else {
            current = std::move(candidate);
        }
    }
    if (!current.empty())
        lines.push_back({current, line_width(metrics, current, base, px, weight)});
}

}  // namespace

std::vector<WrappedLine> wrap_text(TextMetrics& metrics, std::string_view text, content::TextDirection base, int px,
                                   Weight weight, int max_width)
{
    std::vector<WrappedLine> lines;
    std::size_t start = 0;
    // Explicit newlines start a new line; each paragraph is wrapped on its own.
    while (start <= text.size()) {
        std::size_t newline = text.find('\n', start);
        std::string_view paragraph = text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
        std::string current;
        int current_width = 0;
        for (std::string_view word : split_words(paragraph)) {
            std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
            int width = line_width(metrics, candidate, base, px, weight);
            if (width <= max_width) {
                current = std::move(candidate);
                current_width = width;
                continue;
            }
            if (!current.empty())
                lines.push_back({current, current_width});
            current.clear();
            current_width = 0;
            int word_width = line_width(metrics, word, base, px, weight);
            if (word_width <= max_width) {
                current = std::string(word);
                current_width = word_width;
            } else {
                break_word(metrics, word, base, px, weight, max_width, lines);
            }
        }
        if (!current.empty())
            lines.push_back({current, current_width});
        if (newline == std::string_view::npos)
            break;
        start = newline + 1;
    }
    return lines;
}

}  // namespace phare::ui
