#include "grindstone/bench/SeedStatistics.h"

namespace grindstone {

SeedSummary summarizeSeeds(const std::vector<double>& values) {
    SeedSummary s;
    double sum = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v;
            ++s.n;
        }
    if (s.n == 0) return s;
    s.mean = sum / s.n;
    if (s.n < 2) return s;
    // Two passes: the spread between seeds is small next to the values (92.1 vs 92.4), where
    // the one-pass sum-of-squares formula loses its digits.
    double squares = 0;
    for (double v : values)
        if (std::isfinite(v)) squares += (v - s.mean) * (v - s.mean);
    s.stdDev = std::sqrt(squares / (s.n - 1));
    return s;
}

std::vector<double> pairedDifferences(const std::map<long long, double>& a,
                                      const std::map<long long, double>& b) {
    std::vector<double> out;
    for (const auto& [seed, value] : a) {
        const auto it = b.find(seed);
        if (it != b.end() && std::isfinite(value) && std::isfinite(it->second))
            out.push_back(value - it->second);
    }
    return out;
}

}  // namespace grindstone
