// The kiosk API (docs/hub.md, "API for kiosks"). Manifests and blobs are public: they
// are signed and content-addressed, and could as well sit on a CDN. Feedback and heartbeats need
// the kiosk's bearer token, and a kiosk may only speak for itself.

#include "core/bundle/bundle_path.h"
#include "hub_context.h"
#include "http_util.h"
#include "rating_rules.h"
#include "routes.h"

#include <nlohmann/json.hpp>

namespace phare::hub {

namespace {

void get_manifest(HubContext& context, const http::Request& req, http::Response& res)
{
    auto manifest = context.publisher->served_manifest(req.matches[1].str());
    if (!manifest)
        return send_error(res, 404, "no bundle is published for this site");
    res.set_header("ETag", manifest->etag);
    // Kiosks poll; every poll must revalidate, and a 304 costs a few bytes.
    res.set_header("Cache-Control", "no-cache");
    if (etag_matches(req.get_header_value("If-None-Match"), manifest->etag)) {
        res.status = 304;
        return;
    }
    send_json(res, 200, manifest->json);
}

void get_blob(HubContext& context, const http::Request& req, http::Response& res)
{
    std::string name = req.matches[1].str();
    if (!bundle::is_sha256_hex(name))
        return send_error(res, 400, "a blob name is 64 lowercase hexadecimal digits");
    auto bytes = context.blobs->get(name);
    if (!bytes)
        return send_error(res, 404, "no such blob");
    res.set_header("Cache-Control", "public, max-age=31536000, immutable");
    res.set_header("ETag", "\"" + name + "\"");
    res.set_content(*bytes, "application/octet-stream");
}

void check_sites(HubContext& context, const std::vector<Rating>& ratings, std::vector<FieldProblem>& problems)
{
    auto current = context.publisher->current();
    for (std::size_t i = 0; i < ratings.size(); ++i)
        if (!current || ratings[i].site != current->site.id)
            problems.push_back({"/ratings/" + std::to_string(i) + "/site", "unknown site \"" + ratings[i].site + "\"", ratings[i].id});
}

void post_feedback(HubContext& context, const http::Request& req, http::Response& res)
{
    if (!context.feedback_ip_limit.allow("ip:" + req.remote_addr))
        return send_error(res, 429, "too many requests from this address; retry later");
    auto kiosk = authenticate_kiosk(context, req, res);
    if (!kiosk)
        return;
    if (!context.feedback_limit.allow("kiosk:" + *kiosk))
        return send_error(res, 429, "too many feedback batches; retry later");
    auto batch = parse_feedback(req.body);
    if (batch.value)
        check_sites(context, batch.value->ratings, batch.problems);
    if (batch.value)
        check_rating_times(*context.storage, batch.value->ratings, context.clock(), batch.problems);
    if (!batch.problems.empty())
        return send_problems(res, 400, "malformed feedback; nothing was stored", batch.problems);
    if (batch.value->kiosk != *kiosk)
        return send_error(res, 403, "kiosk \"" + *kiosk + "\" cannot send feedback for \"" + batch.value->kiosk + "\"");
    auto stored = context.storage->store_ratings(*kiosk, batch.value->ratings, context.clock());
    send_json(res, 200, nlohmann::json{{"accepted", stored.accepted}, {"duplicate", stored.duplicate}}.dump());
}

void post_heartbeat(HubContext& context, const http::Request& req, http::Response& res)
{
    auto kiosk = authenticate_kiosk(context, req, res);
    if (!kiosk)
        return;
    std::string target = req.matches[1].str();
    if (target != *kiosk)
        return send_error(res, 403, "kiosk \"" + *kiosk + "\" cannot send a heartbeat for \"" + target + "\"");
    auto beat = parse_heartbeat(req.body, *kiosk);
    if (!beat.value)
        return send_problems(res, 400, "malformed heartbeat", beat.problems);
    beat.value->received_at = context.clock();
    context.storage->save_heartbeat(*beat.value);
    auto current = context.publisher->current();
    send_json(res, 200, nlohmann::json{{"manifest_version", current ? current->version : 0}}.dump());
}

}  // namespace

void add_kiosk_routes(http::Router& router, HubContext& context)
{
    router.get(R"(/api/v1/sites/([a-z0-9-]{1,64})/manifest)",
               [&context](const http::Request& req, http::Response& res) { get_manifest(context, req, res); });
    router.get(R"(/api/v1/blobs/(.*))", [&context](const http::Request& req, http::Response& res) { get_blob(context, req, res); });
    router.post("/api/v1/feedback", [&context](const http::Request& req, http::Response& res) { post_feedback(context, req, res); });
    router.post(R"(/api/v1/kiosks/([^/]{1,64})/heartbeat)",
                [&context](const http::Request& req, http::Response& res) { post_heartbeat(context, req, res); });
}

}  // namespace phare::hub
