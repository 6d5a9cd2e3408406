#include "evaluation/KeyLimit.h"

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace grindstone::evaluation {

namespace {

constexpr float kInfinity = std::numeric_limits<float>::infinity();
// Standard deviations of margin on the sampled quantile; a miss costs one full row.
constexpr double kMarginSigmas = 3.0;
// Bins of the histogram that picks the sampled limit.
constexpr int kSampleBins = 512;

// Smallest and largest of x[0, n), n >= 1. Four lanes of SSE where there is SSE: a single
// running minimum waits on its own latency at every element (and GCC will not vectorise a
// float min without -ffast-math).
void range(const float* x, int64_t n, float* lo, float* hi) {
    int64_t i = 0;
    float low = x[0];
    float high = x[0];
#if defined(__SSE2__)
    __m128 lows = _mm_set1_ps(x[0]);
    __m128 highs = lows;
    for (; i + 4 <= n; i += 4) {
        const __m128 v = _mm_loadu_ps(x + i);
        lows = _mm_min_ps(lows, v);
        highs = _mm_max_ps(highs, v);
    }
    float lanes[4];
    _mm_storeu_ps(lanes, lows);
    low = std::min({lanes[0], lanes[1], lanes[2], lanes[3]});
    _mm_storeu_ps(lanes, highs);
    high = std::max({lanes[0], lanes[1], lanes[2], lanes[3]});
#endif
    for (; i < n; ++i) {
        low = std::min(low, x[i]);
        high = std::max(high, x[i]);
    }
    *lo = low;
    *hi = high;
}

// 0-based rank, among `size` sampled keys, of the one used as the limit.
int64_t sampleRank(int64_t size, int64_t points, int64_t prefix) {
    // The number of sampled keys below the true prefix-th key is Binomial(size, p).
    const double p = static_cast<double>(prefix) / static_cast<double>(points);
    const double mean = p * static_cast<double>(size);
    const double sd = std::sqrt(mean * (1.0 - p));
    return static_cast<int64_t>(std::ceil(mean + kMarginSigmas * sd)) + 1;
}

}  // namespace

float sampledKeyLimit(const float* sample, int64_t size, int64_t points, int64_t prefix) {
    const int64_t k = sampleRank(size, points, prefix);
    if (k >= size) return kInfinity;
    // Any sampled key at or above the k-th smallest will do (the margin is in k already): a
    // histogram finds one within a bin of it, several times cheaper than nth_element.
    float lo = 0;
    float hi = 0;
    range(sample, size, &lo, &hi);
    const float top = kSampleBins - 1;
    float scale = static_cast<float>(kSampleBins / (static_cast<double>(hi) - lo));
    if (!std::isfinite(scale)) scale = 0;
    const auto binOf = [lo, scale, top](float key) {
        return static_cast<int32_t>(std::min((key - lo) * scale, top));
    };
    int32_t counts[kSampleBins] = {};
    for (int64_t i = 0; i < size; ++i)
        ++counts[binOf(sample[i])];
    int32_t bin = 0;
    int64_t below = counts[0];
    while (below <= k)
        below += counts[++bin];
    float limit = -kInfinity;
    for (int64_t i = 0; i < size; ++i)
        if (binOf(sample[i]) <= bin) limit = std::max(limit, sample[i]);
    return limit;
}

int64_t expectedKept(int64_t size, int64_t points, int64_t prefix) {
    const int64_t k = sampleRank(size, points, prefix);
    if (k >= size) return points;
    return std::min(points, (k + 1) * points / size);
}

}  // namespace grindstone::evaluation
