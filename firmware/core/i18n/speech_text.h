#pragma once
// Text as shown on screen turned into text eSpeak NG says right, per language: the one place where
// spoken wording of numbers, times and time ranges is decided (docs/speech.md). eSpeak NG drops a
// minus sign ("-1" is heard "one") and reads "09:00" digit by digit, so a blind visitor would press
// the wrong lift button or miss the hours. Numbers are spelled with ICU's CLDR rules.

#include <string>
#include <string_view>

namespace phare::i18n {

// `shown` rewritten for the voice of `lang` (a BCP 47 code such as "fr", "ar", "uk"):
//  - a time range "09:00 – 12:00" (or "9h-12h") -> "de 9 heures à 12 heures", "from 9 o'clock to 12 o'clock"...;
//  - a time "13:30" -> "13 heures 30", "13 30", "las 13 y 30"...;
//  - a negative number "-1" -> "moins un", "minus one", "ناقص واحد"...;
//  - a decimal number "0.5" or "0,5" -> "zéro virgule cinq", "zero point five"...;
//  - bidi control marks (LRM, RLM, isolates) are dropped;
//  - for a voice silent on digits (eSpeak NG's Hebrew), every number is spelled in words.
// Everything else is left as it is; preparing text twice gives the same text.
std::string speech_text(std::string_view shown, std::string_view lang);

// A number spelled out in words in `lang` ("moins un", "minus one"); digits if ICU has no rules.
std::string spell_number(double value, std::string_view lang);

}  // namespace phare::i18n
