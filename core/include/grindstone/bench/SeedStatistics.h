#pragma once

#include <cmath>
#include <map>
#include <vector>

namespace grindstone {

/// Mean and spread of one figure over seeds.
struct SeedSummary {
    int n = 0;            ///< values summarised
    double mean = NAN;    ///< NaN when n = 0
    double stdDev = NAN;  ///< sample standard deviation (n - 1); NaN when n < 2
};

/// Summarises `values`; non-finite ones (a metric a run could not compute) are left out.
SeedSummary summarizeSeeds(const std::vector<double>& values);

/// a[seed] - b[seed] for every seed present (and finite) in both, in seed order: the paired
/// differences that cancel what a seed does to both methods alike.
std::vector<double> pairedDifferences(const std::map<long long, double>& a,
                                      const std::map<long long, double>& b);

}  // namespace grindstone
