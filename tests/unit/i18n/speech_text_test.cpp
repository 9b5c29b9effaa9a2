// What each voice is given to say for levels, times and ranges: exact texts per language, so a
// change of wording is a visible decision (docs/speech.md lists them).
#include "core/i18n/speech_text.h"

#include <catch2/catch.hpp>

using phare::i18n::speech_text;

TEST_CASE("levels -2 to 3 and a half level are spoken as words a lift user understands", "[i18n][speech]")
{
    struct Case {
        const char* lang;
        const char* shown;
        const char* spoken;
    };
    const Case cases[] = {
        {"fr", "Appuyez sur -2.", "Appuyez sur moins deux."},
        {"fr", "Appuyez sur -1.", "Appuyez sur moins un."},
        {"fr", "Appuyez sur 0.", "Appuyez sur 0."},
        {"fr", "Appuyez sur 1.", "Appuyez sur 1."},
        {"fr", "Appuyez sur 2.", "Appuyez sur 2."},
        {"fr", "Appuyez sur 3.", "Appuyez sur 3."},
        {"fr", "niveau 0,5 (mezzanine)", "niveau zéro virgule cinq (mezzanine)"},
        {"fr", "niveau −1", "niveau moins un"},  // the typographic minus sign too
        {"en", "Press -2.", "Press minus two."},
        {"en", "Press -1.", "Press minus one."},
        {"en", "Press 0.", "Press 0."},
        {"en", "level 0.5", "level zero point five"},
        {"es", "Pulse -2.", "Pulse menos dos."},
        {"es", "Pulse -1.", "Pulse menos uno."},
        {"es", "planta 0,5", "planta cero coma cinco"},
        {"ar", "اضغط على -2.", "اضغط على ناقص إثنان."},
        {"ar", "اضغط على -1.", "اضغط على ناقص واحد."},
        {"ar", "الطابق 0.5", "الطابق صفر فاصل خمسة"},
        {"uk", "Натисніть -2.", "Натисніть мінус два."},
        {"uk", "Натисніть -1.", "Натисніть мінус один."},
        {"uk", "поверх 0,5", "поверх нуль кома пʼять"},
        {"he", "לחצו על -1.", "לחצו על מינוס אחת."},
        {"he", "קומה -2", "קומה מינוס שתיים"},
        // eSpeak NG's Hebrew voice is silent on digits: every level is in words.
        {"he", "לחצו על 0.", "לחצו על אפס."},
        {"he", "לחצו על 1.", "לחצו על אחת."},
        {"he", "לחצו על 2.", "לחצו על שתיים."},
        {"he", "לחצו על 3.", "לחצו על שלוש."},
        {"he", "קומה 0.5", "קומה אפס נקודה חמש"},
    };
    for (const Case& c : cases) {
        INFO(c.lang << ": " << c.shown);
        CHECK(speech_text(c.shown, c.lang) == c.spoken);
    }
}

TEST_CASE("opening hours are spoken as a range from one time to another, per language", "[i18n][speech]")
{
    const char* shown = "09:00 – 12:00, 13:30 – 16:00";
    CHECK(speech_text(shown, "fr") == "de 9 heures à 12 heures, de 13 heures 30 à 16 heures");
    CHECK(speech_text(shown, "en") == "from 9 o'clock to 12 o'clock, from 13 30 to 16 o'clock");
    CHECK(speech_text(shown, "es") == "de las 9 a las 12, de las 13 y 30 a las 16");
    CHECK(speech_text(shown, "ar") == "من الساعة 9 إلى الساعة 12, من الساعة 13 و 30 دقيقة إلى الساعة 16");
    CHECK(speech_text(shown, "uk") == "з девʼятої до дванадцятої, з тринадцятої 30 до шістнадцятої");
    CHECK(speech_text(shown, "he") == "מהשעה תשע עד השעה שתים עשרה, מהשעה שלוש עשרה ו שלושים דקות עד השעה שש עשרה");
    CHECK(speech_text(shown, "de") == "9 – 12, 13 30 – 16");  // no wording yet: no leading zero at least
}

TEST_CASE("French sign times and single times are spoken, not read digit by digit", "[i18n][speech]")
{
    CHECK(speech_text("9h-12h", "fr") == "de 9 heures à 12 heures");
    CHECK(speech_text("9 h 30 - 12 h", "fr") == "de 9 heures 30 à 12 heures");
    CHECK(speech_text("Fermé à 16:00.", "fr") == "Fermé à 16 heures.");
    CHECK(speech_text("Closed at 09:05.", "en") == "Closed at 9 oh 5.");
    CHECK(speech_text("Зачинено: 13:00", "uk") == "Зачинено: тринадцята");
}

TEST_CASE("speech preparation leaves other numbers alone and can run twice", "[i18n][speech]")
{
    for (const char* text : {"Guichet B-12", "02 40 41 20 20", "le 01/12/2026", "version 1.2.3", "10:02:41", "2 sur 10",
                             "Rez-de-chaussée", "1, 2, 3", "hub 9 hours late", "salle 1.04", "salle -1.04"}) {
        INFO(text);
        CHECK(speech_text(text, "fr") == text);
    }
    const std::string once = speech_text("niveau -1, 09:00 – 12:00, 0,5", "fr");
    CHECK(speech_text(once, "fr") == once);
    CHECK(speech_text("\u2066-1\u2069 \u200Eniveau", "fr") == "moins un niveau");
    // Hebrew: no digit is left for the voice to skip, dates and rooms included.
    CHECK(speech_text("חדר 204, 01/12/2026", "he").find_first_of("0123456789") == std::string::npos);
}

TEST_CASE("abbreviated units are spoken as words with the language's plural", "[i18n][speech]")
{
    struct Case {
        const char* lang;
        const char* shown;
        const char* spoken;
    };
    const Case cases[] = {
        {"fr", "Avancez sur 12 m.", "Avancez sur 12 mètres."},
        {"fr", "1 m", "1 mètre"},
        {"fr", "2,5 m", "deux virgule cinq mètres"},
        {"fr", "attente 5 min", "attente 5 minutes"},
        {"en", "Go 1 m ahead", "Go 1 meter ahead"},
        {"en", "Go 12 m ahead", "Go 12 meters ahead"},
        {"es", "12 m", "12 metros"},
        {"uk", "Пройдіть 1 м", "Пройдіть 1 метр"},
        {"uk", "Пройдіть 3 м", "Пройдіть 3 метри"},
        {"uk", "Пройдіть 12 м", "Пройдіть 12 метрів"},
        {"uk", "5 хв", "5 хвилин"},
        {"ar", "تقدم 12 م", "تقدم 12 مترًا"},
        {"ar", "تقدم 5 م", "تقدم 5 أمتار"},
        {"he", "12 m", "שתים עשרה מטרים"},
    };
    for (const Case& c : cases) {
        INFO(c.lang << ": " << c.shown);
        CHECK(speech_text(c.shown, c.lang) == c.spoken);
    }
    // A letter after a number that starts a word is no unit: "12 mai", "3 מדרגות", "B-12 min."
    CHECK(speech_text("le 12 mai", "fr") == "le 12 mai");
    CHECK(speech_text("3 marches", "fr") == "3 marches");
}

TEST_CASE("hours as each language's signs write them are spoken as ranges", "[i18n][speech]")
{
    // The forms of time.hour / time.hour_minute / time.range in the sites' strings.
    CHECK(speech_text("9\u00A0h – 12\u00A0h, 13\u00A0h\u00A030 – 17\u00A0h", "fr") == "de 9 heures à 12 heures, de 13 heures 30 à 17 heures");
    CHECK(speech_text("9:00 – 12:00", "en") == "from 9 o'clock to 12 o'clock");
    CHECK(speech_text("9:00 – 12:00", "es") == "de las 9 a las 12");
    CHECK(speech_text("09:00 – 12:00", "ar") == "من الساعة 9 إلى الساعة 12");
    CHECK(speech_text("09:00 – 12:00", "uk") == "з девʼятої до дванадцятої");
    CHECK(speech_text("9:00 – 12:00", "he") == "מהשעה תשע עד השעה שתים עשרה");
}
