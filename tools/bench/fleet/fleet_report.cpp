#include "fleet_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace phare::fleet {

namespace {

using Json = nlohmann::json;

Json json_of(const Percentiles& p)
{
    return Json{{"count", p.count}, {"p50_ms", p.p50}, {"p90_ms", p.p90}, {"p99_ms", p.p99}, {"max_ms", p.max}};
}

const HubSample* labelled(const FleetStats& stats, const std::string& label)
{
    for (const auto& sample : stats.samples)
        if (sample.label == label)
            return &sample;
    return nullptr;
}

struct DeliveryFigures {
    std::size_t received = 0, within_1s = 0, via_live = 0;
    Percentiles ms;
};

DeliveryFigures figures_of(const Delivery& d)
{
    DeliveryFigures f;
    std::vector<float> got;
    for (std::size_t i = 0; i < d.receipt_ms.size(); ++i)
        if (d.receipt_ms[i] >= 0) {
            got.push_back(d.receipt_ms[i]);
            f.within_1s += static_cast<std::size_t>(d.receipt_ms[i] <= 1000);
            f.via_live += d.via_live[i];
        }
    f.received = got.size();
    f.ms = percentiles(std::move(got));
    return f;
}

// Memory the hub gained per connection between "before" and "connected".
double kib_per_connection(const HubSample& before, const HubSample& after, bool pss)
{
    const long connections = after.fds - before.fds;
    if (connections <= 0)
        return 0;
    return static_cast<double>(pss ? after.pss_kib - before.pss_kib : after.rss_kib - before.rss_kib) / static_cast<double>(connections);
}

std::string errors_text(const std::map<std::string, std::size_t>& errors)
{
    std::string text;
    for (const auto& [reason, count] : errors)
        text += (text.empty() ? "" : "; ") + std::to_string(count) + " x " + reason;
    return text;
}

// The calls that started in quiet time: after the ramp and the first resync (2 poll intervals), and
// not within 10 s after a publication, when the whole fleet fetches at once.
std::vector<float> quiet_ms(const CallStats& calls, const FleetStats& stats, double quiet_from_s)
{
    std::vector<float> quiet;
    for (std::size_t i = 0; i < calls.ok_ms.size(); ++i) {
        const double at = calls.ok_at_s[i];
        bool calm = at >= quiet_from_s;
        for (const auto& d : stats.deliveries)
            calm = calm && !(at >= d.published_at_s && at < d.published_at_s + 10.0);
        if (calm)
            quiet.push_back(calls.ok_ms[i]);
    }
    return quiet;
}

// Poll p99 for each 5 s of the run: where the slow calls are.
Json timeline(const CallStats& calls, double run_s)
{
    const auto windows = static_cast<std::size_t>(std::ceil(run_s / 5.0));
    std::vector<std::vector<float>> buckets(windows + 1);
    for (std::size_t i = 0; i < calls.ok_ms.size(); ++i)
        buckets[std::min(windows, static_cast<std::size_t>(std::max(0.0f, calls.ok_at_s[i]) / 5.0f))].push_back(calls.ok_ms[i]);
    Json out = Json::array();
    for (std::size_t w = 0; w < buckets.size(); ++w) {
        auto p = percentiles(buckets[w]);
        out.push_back({{"from_s", static_cast<double>(w) * 5.0}, {"count", p.count}, {"p50_ms", p.p50}, {"p99_ms", p.p99}, {"max_ms", p.max}});
    }
    return out;
}

}  // namespace

Json report_json(const FleetOptions& o, const RunInfo& run, const FleetStats& stats)
{
    Json calls = Json::object();
    for (CallKind kind : all_call_kinds) {
        const CallStats& c = stats.of(kind);
        Json item = json_of(percentiles(c.ok_ms));
        item["failed"] = c.failed();
        item["timeouts"] = c.timeouts;
        item["retried_on_new_connection"] = c.retried;
        item["opened_a_connection"] = c.new_connections;
        item["errors"] = c.errors;
        item["quiet"] = json_of(percentiles(quiet_ms(c, stats, 2 * std::max(o.poll_s, o.ramp_s))));
        item["timeline_5s"] = timeline(c, run.run_s);
        calls[std::string(name_of(kind))] = std::move(item);
    }
    Json deliveries = Json::array();
    for (const auto& d : stats.deliveries) {
        auto f = figures_of(d);
        deliveries.push_back({{"published_at_s", std::isfinite(d.published_at_s) ? d.published_at_s : -1.0},
                              {"publish_ms", d.publish_ms},
                              {"version", d.version},
                              {"error", d.error},
                              {"kiosks", d.receipt_ms.size()},
                              {"received", f.received},
                              {"within_1s", f.within_1s},
                              {"via_live", f.via_live},
                              {"receipt", json_of(f.ms)}});
    }
    Json samples = Json::array();
    for (const auto& s : stats.samples)
        samples.push_back({{"at_s", s.at_s},
                           {"label", s.label},
                           {"rss_kib", s.rss_kib},
                           {"pss_kib", s.pss_kib},
                           {"fds", s.fds},
                           {"threads", s.threads},
                           {"cpu_s", s.cpu_s},
                           {"kiosk_connections", s.kiosk_connections},
                           {"slow_connections", s.slow_connections}});
    Json memory = Json::object();
    const HubSample* before = labelled(stats, "before");
    const HubSample* connected = labelled(stats, "connected");
    if (before && connected) {
        memory["rss_kib_per_connection"] = kib_per_connection(*before, *connected, false);
        memory["pss_kib_per_connection"] = kib_per_connection(*before, *connected, true);
    }
    return Json{
        {"options",
         {{"kiosks", o.kiosks},
          {"duration_s", o.duration_s},
          {"poll_s", o.poll_s},
          {"heartbeat_s", o.heartbeat_s},
          {"feedback_s", o.feedback_s},
          {"ramp_s", o.ramp_s},
          {"events", o.events},
          {"sync_jitter_s", o.sync_jitter_s},
          {"timeout_s", o.timeout_s},
          {"sources", o.sources},
          {"slowloris", o.slowloris},
          {"slowloris_byte_s", o.slowloris_byte_s}}},
        {"run",
         {{"hub", run.hub_binary},
          {"cores", run.cores},
          {"provisioning_s", run.provisioning_s},
          {"run_s", run.run_s},
          {"simulator_cpu_s", run.simulator_cpu_s},
          {"hub_stop_s", run.hub_stop_s},
          {"connections_opened", run.connections_opened},
          {"unfinished_calls", run.unfinished},
          {"oldest_unfinished_s", run.oldest_unfinished_s}}},
        {"calls", calls},
        {"live",
         {{"requests", stats.live.requests},
          {"with_events", stats.live.with_events},
          {"empty", stats.live.empty},
          {"unavailable_404", stats.live.unavailable},
          {"early_empty", stats.live.early_empty},
          {"resyncs", stats.live.resyncs},
          {"timeouts", stats.live.timeouts},
          {"errors", stats.live.errors},
          {"lateness", json_of(percentiles(stats.live.lateness_ms))}}},
        {"deliveries", deliveries},
        {"ratings", {{"sent", stats.ratings_sent}, {"accepted", stats.ratings_accepted}}},
        {"slowloris",
         {{"opened", stats.slow.opened},
          {"cut_by_hub", stats.slow.cut_by_hub},
          {"refused", stats.slow.refused},
          {"lifetime_s", json_of(percentiles(stats.slow.lifetime_s))}}},
        {"memory", memory},
        {"simulator_loop_lag", json_of(percentiles(stats.loop_lag_ms))},
        {"hub_samples", samples},
    };
}

void print_report(const FleetOptions& o, const RunInfo& run, const FleetStats& stats)
{
    std::printf("\nphare-fleet-sim: %zu kiosks for %.0f s (poll %.0f s, heartbeat %.0f s, ratings every ~%.0f s, live wait <= %d s)",
                o.kiosks, run.run_s, o.poll_s, o.heartbeat_s, o.feedback_s, o.max_wait_s);
    if (o.slowloris > 0)
        std::printf(", %zu slow-loris connections", o.slowloris);
    std::printf("\n  hub %s on 127.0.0.1, simulator and hub sharing %u cores; kiosks from %zu loopback addresses; %zu tokens provisioned in %.2f s\n",
                run.hub_binary.c_str(), run.cores, std::min(o.sources, o.kiosks), o.kiosks, run.provisioning_s);
    std::printf("\n  %-14s %8s %8s %8s %8s %8s %8s %7s %8s %8s\n", "call", "ok", "p50 ms", "p90 ms", "p99 ms", "max ms", "failed", "timeout",
                "new conn", "retried");
    for (CallKind kind : all_call_kinds) {
        const CallStats& c = stats.of(kind);
        auto p = percentiles(c.ok_ms);
        std::printf("  %-14s %8zu %8.1f %8.1f %8.1f %8.1f %8zu %7zu %8zu %8zu\n", std::string(name_of(kind)).c_str(), p.count, p.p50, p.p90, p.p99,
                    p.max, c.failed(), c.timeouts, c.new_connections, c.retried);
    }
    std::printf("  in quiet time (after %.0f s, not within 10 s after a publication):\n", 2 * std::max(o.poll_s, o.ramp_s));
    for (CallKind kind : {CallKind::Poll, CallKind::Heartbeat, CallKind::Feedback}) {
        auto p = percentiles(quiet_ms(stats.of(kind), stats, 2 * std::max(o.poll_s, o.ramp_s)));
        std::printf("  %-14s %8zu %8.1f %8.1f %8.1f %8.1f\n", std::string(name_of(kind)).c_str(), p.count, p.p50, p.p90, p.p99, p.max);
    }
    for (CallKind kind : all_call_kinds)
        if (!stats.of(kind).errors.empty())
            std::printf("  %s failures: %s\n", std::string(name_of(kind)).c_str(), errors_text(stats.of(kind).errors).c_str());
    std::printf("  ratings: %zu sent in acknowledged batches, %zu accepted\n", stats.ratings_sent, stats.ratings_accepted);

    const LiveStats& l = stats.live;
    std::printf("\n  live channel: %zu long polls, %zu with events, %zu empty, %zu unavailable (404), %zu early empty, %zu resync, %zu timeouts\n",
                l.requests, l.with_events, l.empty, l.unavailable, l.early_empty, l.resyncs, l.timeouts);
    if (l.unavailable > 0 && l.with_events + l.empty == 0)
        std::printf("  -> the hub has no live channel: kiosks learn of new content from their polls only\n");
    if (!l.lateness_ms.empty()) {
        auto p = percentiles(l.lateness_ms);
        std::printf("  empty answers later than the wait asked: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", p.p50, p.p99, p.max);
    }
    if (!l.errors.empty())
        std::printf("  live channel failures: %s\n", errors_text(l.errors).c_str());

    if (!stats.deliveries.empty())
        std::printf("\n  new content (agent publishes a notice) to receipt by each kiosk:\n");
    for (std::size_t i = 0; i < stats.deliveries.size(); ++i) {
        const Delivery& d = stats.deliveries[i];
        auto f = figures_of(d);
        if (!d.error.empty()) {
            std::printf("  #%zu: %s\n", i + 1, d.error.c_str());
            continue;
        }
        if (!std::isfinite(d.published_at_s)) {
            std::printf("  #%zu: not published (the run ended first)\n", i + 1);
            continue;
        }
        if (d.publish_ms < 0) {
            std::printf("  #%zu at %5.1f s: the agent's POST was still unanswered when the run ended; %zu/%zu kiosks saw new content\n", i + 1,
                        d.published_at_s, f.received, d.receipt_ms.size());
            continue;
        }
        std::printf("  #%zu at %5.1f s, version %d, POST %.0f ms: %zu/%zu kiosks got it (%zu live), %zu within 1 s; p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                    i + 1, d.published_at_s, d.version, d.publish_ms, f.received, d.receipt_ms.size(), f.via_live, f.within_1s, f.ms.p50,
                    f.ms.p99, f.ms.max);
    }

    const HubSample* before = labelled(stats, "before");
    const HubSample* connected = labelled(stats, "connected");
    std::printf("\n  hub memory:\n");
    for (const auto& s : stats.samples)
        if (!s.label.empty())
            std::printf("  %-10s at %5.1f s: RSS %7.1f MiB, PSS %7.1f MiB, %5ld open files, %3ld threads, %zu kiosk + %zu slow connections\n",
                        s.label.c_str(), s.at_s, static_cast<double>(s.rss_kib) / 1024.0, static_cast<double>(s.pss_kib) / 1024.0, s.fds, s.threads,
                        s.kiosk_connections, s.slow_connections);
    long peak = 0;
    for (const auto& s : stats.samples)
        peak = std::max(peak, s.rss_kib);
    std::printf("  peak RSS %.1f MiB\n", static_cast<double>(peak) / 1024.0);
    if (before && connected && connected->fds > before->fds)
        std::printf("  per open connection: %.1f KiB RSS, %.1f KiB PSS (over %ld connections)\n", kib_per_connection(*before, *connected, false),
                    kib_per_connection(*before, *connected, true), connected->fds - before->fds);
    const HubSample* end = labelled(stats, "end");
    if (before && end)
        std::printf("  hub CPU: %.1f s over the run (%.0f %% of one core); simulator CPU %.1f s (%.0f %%)\n", end->cpu_s - before->cpu_s,
                    100.0 * (end->cpu_s - before->cpu_s) / run.run_s, run.simulator_cpu_s, 100.0 * run.simulator_cpu_s / run.run_s);

    if (!stats.loop_lag_ms.empty()) {
        auto lag = percentiles(stats.loop_lag_ms);
        std::printf("  simulator's own loop lag (a 100 ms timer): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", lag.p50, lag.p99, lag.max);
    }
    if (o.slowloris > 0) {
        auto p = percentiles(stats.slow.lifetime_s);
        std::printf("\n  slow-loris: %zu connections opened, %zu cut by the hub (kept p50 %.1f s, max %.1f s), %zu refused\n", stats.slow.opened,
                    stats.slow.cut_by_hub, p.p50, p.max, stats.slow.refused);
    }
    std::printf("\n  %zu kiosk connections opened in all; %zu calls unfinished at the end (oldest %.1f s)\n", run.connections_opened, run.unfinished,
                run.oldest_unfinished_s);
    if (run.hub_stop_s >= 0)
        std::printf("  SIGTERM with every connection open: the hub exited in %.2f s\n", run.hub_stop_s);
    else
        std::printf("  SIGTERM with every connection open: the hub did not exit within 10 s and was killed\n");
}

}  // namespace phare::fleet
