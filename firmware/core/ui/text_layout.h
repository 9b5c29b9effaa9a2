#pragma once
// Breaks a paragraph into lines that fit a width, at spaces only: easy-read rules forbid splitting
// words. A single word wider than the line is the one exception, broken between characters
// rather than drawn outside its box.

#include "core/ui/text_metrics.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::ui {

struct WrappedLine {
    std::string text;
    int width = 0;
};

int line_width(TextMetrics& metrics, std::string_view line, content::TextDirection base, int px, Weight weight);

std::vector<WrappedLine> wrap_text(TextMetrics& metrics, std::string_view text, content::TextDirection base, int px,
                                   Weight weight, int max_width);

}  // namespace phare::ui
