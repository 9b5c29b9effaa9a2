#pragma once
// Feedback and fleet reports: CSV exports, SVG charts with their data table, and the pages that
// hold them. Counts only; there is nothing personal in a rating to begin with.

#include "agent_pages.h"
#include "storage.h"

#include <string>
#include <vector>

namespace phare::hub::reports {

// "day,good,medium,bad,total" then one line per key.
std::string csv(const std::vector<RatingCount>& counts, const std::string& key_header);
// Open data: "date,service,good,medium,bad,total" from DayAndService counts.
std::string open_data_csv(const std::vector<RatingCount>& day_and_service);
// Horizontal stacked bars (good, medium, bad) with numbers written out; the table beside it
// carries the same data for screen readers.
std::string bar_chart_svg(const std::vector<RatingCount>& counts, const std::string& title);

struct Section {
    std::string title;     // "Par jour (UTC)"
    std::string key_name;  // "day", also the CSV's ?by= value
    std::vector<RatingCount> counts;
};

std::string feedback_page(const pages::Viewer& viewer, const std::vector<Section>& sections);
std::string fleet_page(const pages::Viewer& viewer, const std::vector<Heartbeat>& kiosks, int current_version, std::int64_t now);

}  // namespace phare::hub::reports
