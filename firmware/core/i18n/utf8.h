#pragma once
// UTF-8 decoding shared by text layout, bidi and speech preparation.

#include <string_view>

namespace phare::i18n {

// Decodes one UTF-8 code point at `pos` and advances it; invalid bytes decode as U+FFFD, one
// byte at a time, so a loop over bad text always ends.
char32_t next_code_point(std::string_view text, std::size_t& pos);

}  // namespace phare::i18n
