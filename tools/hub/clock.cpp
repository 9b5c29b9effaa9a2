#include "clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace phare::hub {

namespace {

std::tm parts_of(std::int64_t seconds, bool utc)
{
    // chrono converts, whatever the width of time_t.
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::time_point(std::chrono::seconds(seconds)));
    std::tm parts{};
    if (utc)
        gmtime_r(&t, &parts);
    else
        localtime_r(&t, &parts);
    return parts;
}

}  // namespace

std::int64_t system_now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string local_date(std::int64_t seconds)
{
    std::tm t = parts_of(seconds, false);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
    return text;
}

std::int64_t next_local_midnight(std::int64_t seconds)
{
    std::tm t = parts_of(seconds, false);
    t.tm_mday += 1;
    t.tm_hour = 0;
    t.tm_min = 0;
    t.tm_sec = 0;
    t.tm_isdst = -1;
    return std::int64_t{std::mktime(&t)};
}

std::string local_date_time(std::int64_t seconds)
{
    std::tm t = parts_of(seconds, false);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min);
    return text;
}

std::string local_iso(std::int64_t seconds)
{
    std::tm t = parts_of(seconds, false);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min,
                  t.tm_sec);
    return text;
}

std::string utc_iso(std::int64_t seconds)
{
    std::tm t = parts_of(seconds, true);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                  t.tm_min, t.tm_sec);
    return text;
}

}  // namespace phare::hub
