#pragma once
// Ratings as the kiosk makes them, for the upload tests and their helper process: valid for the
// example prefecture's hub, with UUIDs from a seeded generator so runs replay.

#include "core/feedback/rating.h"

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
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xFFFF), static_cast<unsigned long long>(high & 0xFFFF),
                  static_cast<unsigned long long>(low >> 48), static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
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
