// How good is "How long will I wait?" (docs/queue.md): simulated days at several shapes of site,
// the estimate each visitor was given at the kiosk against the wait they really had.
//   phare-bench-queue-estimator [days per shape, default 200] [first seed, default 1]

#include "queue_sim/queue_day.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
    const int days = argc > 1 ? std::atoi(argv[1]) : 200;
    const std::uint64_t first_seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
    std::printf("%d simulated days per shape, seeds %llu..%llu\n", days, static_cast<unsigned long long>(first_seed),
                static_cast<unsigned long long>(first_seed + static_cast<std::uint64_t>(days) - 1));
    std::printf("%-48s %8s %8s %9s %9s %8s %8s %9s %9s\n", "shape", "tickets", "unknown", "median", "p90", "inside", "late", "bias",
                "width");
    std::vector<phare::bench::Observation> everything;
    auto print = [](const std::string& name, const phare::bench::Summary& s) {
        std::printf("%-48s %8zu %7.1f%% %5.1f min %5.1f min %7.1f%% %7.1f%% %+5.1f min %5.0f min\n", name.c_str(), s.tickets,
                    100 * s.unknown_share, s.median_error_min, s.p90_error_min, 100 * s.inside_share, 100 * s.late_share, s.bias_min,
                    s.median_width_min);
    };
    for (const auto& shape : phare::bench::standard_shapes()) {
        std::vector<phare::bench::Observation> observations;
        for (int d = 0; d < days; ++d) {
            auto day = phare::bench::simulate_day(shape, first_seed + static_cast<std::uint64_t>(d));
            observations.insert(observations.end(), day.begin(), day.end());
        }
        print(shape.name, phare::bench::summarise(observations));
        everything.insert(everything.end(), observations.begin(), observations.end());
    }
    print("all shapes", phare::bench::summarise(everything));
    // When in the day the estimate errs: the morning peak, lunch, the afternoon.
    for (int hour = 0; hour < 8; ++hour) {
        std::vector<phare::bench::Observation> in_hour;
        for (const auto& o : everything)
            if (o.issued_min >= hour * 60 && o.issued_min < (hour + 1) * 60)
                in_hour.push_back(o);
        print("  all shapes, tickets taken in hour " + std::to_string(hour + 1), phare::bench::summarise(in_hour));
    }
    std::printf("median/p90: |middle of the range - true wait| over tickets with an estimate; inside: true wait within the range;\n"
                "late: true wait above the range; bias: mean true wait - middle; width: median high - low\n");
    return 0;
}
