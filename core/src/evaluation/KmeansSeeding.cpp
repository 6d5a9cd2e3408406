#include "evaluation/KmeansSeeding.h"

#include <algorithm>
#include <limits>
#include <random>

namespace grindstone::evaluation {

namespace {

// Own mappings from raw engine output: std's distributions may differ between standard
// libraries, and the seeds must not.
double unitInterval(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);  // [0, 1), 53 bits
}

}  // namespace

std::vector<float> kmeansPlusPlusSeeds(const Matrix& points, int clusters, uint64_t seed) {
    const int64_t n = points.rows;
    const int64_t d = points.cols;
    std::mt19937_64 rng(seed);
    std::vector<float> seeds(static_cast<size_t>(clusters * d));
    std::vector<double> nearest(static_cast<size_t>(n), std::numeric_limits<double>::infinity());
    int64_t pick = static_cast<int64_t>(rng() % static_cast<uint64_t>(n));
    for (int c = 0; c < clusters; ++c) {
        const float* centre = points.row(pick);
        std::copy(centre, centre + d, seeds.begin() + c * d);
        if (c + 1 == clusters) break;
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < n; ++i) {
            const float* x = points.row(i);
            float sum = 0;
#pragma omp simd reduction(+ : sum)
            for (int64_t k = 0; k < d; ++k)
                sum += (x[k] - centre[k]) * (x[k] - centre[k]);
            nearest[static_cast<size_t>(i)] =
                std::min(nearest[static_cast<size_t>(i)], static_cast<double>(sum));
        }
        double total = 0;
        for (double value : nearest)
            total += value;
        if (!(total > 0)) {  // every point sits on a seed already: any will do
            pick = static_cast<int64_t>(rng() % static_cast<uint64_t>(n));
            continue;
        }
        double target = unitInterval(rng) * total;
        pick = 0;
        while (pick + 1 < n && (target -= nearest[static_cast<size_t>(pick)]) >= 0)
            ++pick;
        // Rounding may run past the last point with weight: step back onto one.
        while (pick > 0 && nearest[static_cast<size_t>(pick)] == 0)
            --pick;
    }
    return seeds;
}

}  // namespace grindstone::evaluation
