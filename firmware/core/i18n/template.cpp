#include "i18n/template.h"

namespace phare::i18n {

std::string fill(std::string_view text, const TemplateArgs& args)
{
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto open = text.find('{', pos);
        auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, open - pos));
        std::string_view name = text.substr(open + 1, close - open - 1);
        bool replaced = false;
        for (const auto& [key, value] : args)
            if (key == name) {
                out += value;
                replaced = true;
                break;
            }
        if (!replaced)
            out.append(text.substr(open, close - open + 1));
        pos = close + 1;
    }
    return out;
}

}  // namespace phare::i18n
