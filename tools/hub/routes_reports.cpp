// Reports: the feedback dashboard and its CSV exports (agents), the open-data export of daily
// totals (public: counts only), and the fleet page (agents).

#include "agent_http.h"
#include "report_pages.h"
#include "routes.h"

#include <array>

namespace phare::hub {

namespace {

struct Dimension {
    const char* key;
    const char* title;
    RatingDimension dimension;
};

constexpr std::array<Dimension, 5> dimensions{{
    {"day", "Par jour (UTC)", RatingDimension::Day},
    {"hour", "Par heure (UTC)", RatingDimension::Hour},
    {"service", "Par service", RatingDimension::Service},
    {"lang", "Par langue", RatingDimension::Language},
    {"mode", "Par mode d'accessibilité", RatingDimension::Mode},
}};

void get_feedback(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit)
        return;
    std::vector<reports::Section> sections;
    for (const auto& d : dimensions)
        sections.push_back({d.title, d.key, context.storage->rating_counts(d.dimension)});
    send_page(res, 200, reports::feedback_page(viewer_of(context, visit->session), sections));
}

void get_feedback_csv(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit)
        return;
    std::string by = req.get_param_value("by");
    for (const auto& d : dimensions)
        if (by == d.key) {
            res.set_header("Content-Disposition", std::string("attachment; filename=\"avis-par-") + d.key + ".csv\"");
            res.set_content(reports::csv(context.storage->rating_counts(d.dimension), d.key), "text/csv; charset=utf-8");
            return;
        }
    res.status = 400;
    res.set_content("by must be one of day, hour, service, lang, mode\n", "text/plain; charset=utf-8");
}

void get_open_data(HubContext& context, const http::Request&, http::Response& res)
{
    res.set_header("Content-Disposition", "attachment; filename=\"phare-avis-par-jour.csv\"");
    res.set_content(reports::open_data_csv(context.storage->rating_counts(RatingDimension::DayAndService)), "text/csv; charset=utf-8");
}

void get_fleet(HubContext& context, const http::Request& req, http::Response& res)
{
    auto visit = require_session(context, req, res);
    if (!visit)
        return;
    send_page(res, 200, reports::fleet_page(viewer_of(context, visit->session), context.storage->heartbeats(), visit->current.version,
                                            context.clock()));
}

}  // namespace

void add_report_routes(http::Router& router, HubContext& context)
{
    using Handler = void (*)(HubContext&, const http::Request&, http::Response&);
    auto bind = [&context](Handler handler) {
        return [&context, handler](const http::Request& req, http::Response& res) { handler(context, req, res); };
    };
    // Reports read every rating: the slow lane, so that they never hold up kiosks' calls.
    const http::RouteOptions report{.lane = http::Lane::Slow};
    router.get("/agent/feedback", bind(get_feedback), report);
    router.get("/agent/feedback.csv", bind(get_feedback_csv), report);
    router.get("/api/v1/open-data/daily.csv", bind(get_open_data), report);
    router.get("/agent/kiosks", bind(get_fleet));
}

}  // namespace phare::hub
