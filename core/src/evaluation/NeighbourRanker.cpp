#include "evaluation/NeighbourRanker.h"

#include "evaluation/CandidateGather.h"

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
// Buckets per candidate: more means fewer buckets mixing classes to sort, but a longer prefix
// sum; 2 measured best.
constexpr int64_t kBucketsPerCandidate = 2;
// Mixed buckets up to this size are insertion-sorted; larger ones (skewed keys) use std::sort.
constexpr int64_t kInsertionSortMax = 32;

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

NeighbourRanker::NeighbourRanker(int64_t capacity)
    : m_sorted(static_cast<size_t>(capacity)),
      m_flags(static_cast<size_t>(capacity)),
      m_mixed(static_cast<size_t>(capacity)),
      m_bucket(static_cast<size_t>(capacity)),
      m_bucketStart(static_cast<size_t>(kBucketsPerCandidate * capacity) + 1),
      m_relevantRanks(static_cast<size_t>(capacity)) {}

float NeighbourRanker::sampledLimit(const float* sample, int64_t size, int64_t points,
                                    int64_t prefix) {
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

int64_t NeighbourRanker::expectedKept(int64_t size, int64_t points, int64_t prefix) {
    const int64_t k = sampleRank(size, points, prefix);
    if (k >= size) return points;
    return std::min(points, (k + 1) * points / size);
}

void NeighbourRanker::order(const float* keys, const uint32_t* index, int64_t count, float lo,
                            float limit, int64_t prefix) {
    const float hi = limit < kInfinity ? limit : *std::max_element(keys, keys + count);
    // About one candidate per bucket. The map is monotone, so bucket order is key order.
    int64_t buckets = kBucketsPerCandidate * count;
    float scale = static_cast<float>(static_cast<double>(buckets) / (static_cast<double>(hi) - lo));
    if (!(hi > lo) || !std::isfinite(scale)) {
        buckets = 1;
        scale = 0;
    }
    const auto top = static_cast<float>(buckets - 1);
    const auto bucketOf = [lo, scale, top](float key) {
        return static_cast<int32_t>(std::min((key - lo) * scale, top));
    };
    int32_t* bucket = m_bucket.data();
    for (int64_t i = 0; i < count; ++i)
        bucket[i] = bucketOf(keys[i]);
    int32_t* start = m_bucketStart.data();
    std::fill(start, start + buckets + 1, 0);
    for (int64_t i = 0; i < count; ++i)
        ++start[bucket[i] + 1];
    for (int64_t b = 0; b < buckets; ++b)
        start[b + 1] += start[b];
    // Scattering in index order leaves each bucket in index order, the tie-break.
    Candidate* sorted = m_sorted.data();
    for (int64_t i = 0; i < count; ++i)
        sorted[start[bucket[i]]++] = {keys[i], index[i]};
    // start[b] is now the end of bucket b. Buckets after the one holding the prefix-th
    // candidate cannot move before it.
    const int64_t end = start[bucketOf(sorted[prefix - 1].key)];

    // Order inside a bucket of one class changes no figure: only buckets mixing classes are
    // sorted. An adjacent pair of one bucket and two classes marks one (branch-free scan).
    // (Flags first, compaction after: the flag loop vectorises.)
    uint8_t* flag = m_flags.data();
    for (int64_t i = 0; i + 1 < end; ++i) {
        const bool sameBucket = bucketOf(sorted[i].key) == bucketOf(sorted[i + 1].key);
        const bool twoClasses = ((sorted[i].index ^ sorted[i + 1].index) & kRelevantBit) != 0;
        flag[i] = sameBucket & twoClasses;
    }
    int32_t* mixed = m_mixed.data();
    int64_t marks = 0;
    for (int64_t i = 0; i + 1 < end; ++i) {
        mixed[marks] = static_cast<int32_t>(i);
        marks += flag[i];
    }
    const auto before = [](const Candidate& a, const Candidate& b) {
        return a.key < b.key ||
               (a.key == b.key && (a.index & ~kRelevantBit) < (b.index & ~kRelevantBit));
    };
    int64_t sortedUpTo = 0;
    for (int64_t m = 0; m < marks; ++m) {
        if (mixed[m] < sortedUpTo) continue;  // its bucket is done already
        const int32_t b = bucketOf(sorted[mixed[m]].key);
        Candidate* first = sorted + (b == 0 ? 0 : start[b - 1]);
        Candidate* last = sorted + start[b];
        if (last - first <= kInsertionSortMax) {
            for (Candidate* c = first + 1; c < last; ++c) {
                const Candidate moving = *c;
                Candidate* p = c;
                for (; p != first && before(moving, *(p - 1)); --p)
                    *p = *(p - 1);
                *p = moving;
            }
        } else {
            std::sort(first, last, before);
        }
        sortedUpTo = start[b];
    }
}

QueryRanking NeighbourRanker::rank(const float* keys, const uint32_t* index, int64_t count,
                                   float lowest, float limit, int64_t r, int64_t prefix) {
    order(keys, index, count, lowest, limit, prefix);

    // Ranks of the same-class items, compacted without a branch (relevance is a coin flip).
    int32_t* ranks = m_relevantRanks.data();
    int64_t relevant = 0;
    for (int64_t i = 0; i < prefix; ++i) {
        ranks[relevant] = static_cast<int32_t>(i);
        relevant += (m_sorted[static_cast<size_t>(i)].index & kRelevantBit) != 0 ? 1 : 0;
    }
    QueryRanking result;
    if (relevant > 0) result.firstRelevant = ranks[0];
    // P(i) at the j-th same-class item within the R nearest is j / i; summed in rank order.
    int64_t hits = 0;
    for (; hits < relevant && ranks[hits] < r; ++hits)
        result.averagePrecision +=
            static_cast<double>(hits + 1) / static_cast<double>(ranks[hits] + 1);
    result.averagePrecision /= static_cast<double>(r);
    result.rPrecision = static_cast<double>(hits) / static_cast<double>(r);
    return result;
}

}  // namespace grindstone::evaluation
