#pragma once
// Ratings as the kiosk makes them, for the upload tests and their helper process: valid for the
// example prefecture's hub, with UUIDs from a seeded generator so runs replay.

#include "core/feedback/rating.h"

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

namespace phare::test {

// A version 4 UUID from a seeded generator: tests replay, ids stay valid for the hub.
inline std::string uuid(std::mt19937_64& random)
{
    std::uint64_t high = random(), low = random();
    high = (high & ~0xF000ULL) | 0x4000ULL;
    low = (low & ~(0xC000ULL << 48)) | (0x8000ULL << 48);
    char text[37];
    // Every argument is a std::uint64_t, whatever type that is on the platform: PRIx64 names it.
    std::snprintf(text, sizeof text, "%08" PRIx64 "-%04" PRIx64 "-%04" PRIx64 "-%04" PRIx64 "-%012" PRIx64, high >> 32, (high >> 16) & 0xFFFF,
                  high & 0xFFFF, low >> 48, low & std::uint64_t{0xFFFFFFFFFFFF});
    return text;
}

// A rating as FeedbackRecorder stores it for the example prefecture.
inline feedback::Rating kiosk_rating(const std::string& id, int n = 0)
{
    feedback::Rating rating;
    rating.id = id;
    rating.site = "prefecture-44";
    rating.kiosk = "hall";
    rating.at_hour = "2026-09-21T10:00:00Z";
    rating.satisfaction = n % 3 == 0 ? feedback::Satisfaction::Good : n % 3 == 1 ? feedback::Satisfaction::Medium : feedback::Satisfaction::Bad;
    rating.clarity = 1 + n % 5;
    rating.found_counter = n % 2 == 0;
    rating.service = "titres-sejour";
    rating.lang = "fr";
    rating.modes = {"speech"};
    return rating;
}

}  // namespace phare::test
