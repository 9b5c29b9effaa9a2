#include "rating_rules.h"

#include "clock.h"

#include <map>

namespace phare::hub {

namespace {

void check_one(const Rating& rating, std::size_t index, std::int64_t now, std::optional<std::int64_t> site_since,
               std::vector<FieldProblem>& problems)
{
    auto at = hour_timestamp_seconds(rating.at);
    std::string field = "/ratings/" + std::to_string(index) + "/at";
    if (!at)
        return;  // parse_feedback already said why
    if (*at > now + rating_future_slack_s)
        problems.push_back({field, "is more than one day ahead of the hub's clock (" + utc_iso(now) + "); check the kiosk's clock",
                            rating.id});
    // The rating's hour ends an hour after its stamp: any minute of that hour may be the visit.
    else if (site_since && *at + 3600 <= *site_since - rating_before_site_slack_s)
        problems.push_back({field, "is before site \"" + rating.site + "\" was first published on this hub (" + utc_iso(*site_since) +
                                       "); check the kiosk's clock",
                            rating.id});
}

}  // namespace

void check_rating_times(const std::vector<Rating>& ratings, std::int64_t now, std::optional<std::int64_t> site_since,
                        std::vector<FieldProblem>& problems)
{
    for (std::size_t i = 0; i < ratings.size(); ++i)
        check_one(ratings[i], i, now, site_since, problems);
}

void check_rating_times(Storage& storage, const std::vector<Rating>& ratings, std::int64_t now, std::vector<FieldProblem>& problems)
{
    std::map<std::string, std::optional<std::int64_t>, std::less<>> since;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        auto it = since.find(ratings[i].site);
        if (it == since.end())
            it = since.emplace(ratings[i].site, storage.first_published_at(ratings[i].site)).first;
        check_one(ratings[i], i, now, it->second, problems);
    }
}

}  // namespace phare::hub
