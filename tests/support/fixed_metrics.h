#pragma once
// Deterministic text metrics for reducer tests that do not care about real glyph widths: every
// code point is 0.6 em wide. Screens are checked with the real fonts in tests/integration.

#include "core/i18n/utf8.h"
#include "core/ui/text_metrics.h"

namespace phare::test {

class FixedMetrics final : public ui::TextMetrics {
public:
    int run_width(std::string_view run, content::TextDirection, int px, ui::Weight) override
    {
        int count = 0;
        for (std::size_t pos = 0; pos < run.size(); ++count)
            i18n::next_code_point(run, pos);
        return count * px * 6 / 10;
    }
    int line_height(int px, ui::Weight) override { return px * 14 / 10; }
    double cap_height_ratio() override { return 0.7; }
};

}  // namespace phare::test
