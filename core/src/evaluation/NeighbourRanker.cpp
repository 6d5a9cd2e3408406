#include "evaluation/NeighbourRanker.h"

#include "evaluation/CandidateGather.h"

#include <algorithm>
#include <bit>

namespace grindstone::evaluation {

namespace {

// Widest radix digit: 4096 counters (16 KB) stay in L1 while a pass scatters.
constexpr int kMaxDigitBits = 12;
constexpr int kMaxPasses = 3;  // 32 bits at most

}  // namespace

NeighbourRanker::NeighbourRanker(int64_t capacity)
    : m_bits{std::vector<uint32_t>(static_cast<size_t>(capacity)),
             std::vector<uint32_t>(static_cast<size_t>(capacity))},
      m_index{std::vector<uint32_t>(static_cast<size_t>(capacity)),
              std::vector<uint32_t>(static_cast<size_t>(capacity))},
      m_sorted(static_cast<size_t>(capacity)),
      m_digitCounts(static_cast<size_t>(kMaxPasses) << kMaxDigitBits),
      m_relevantRanks(static_cast<size_t>(capacity)) {}

void NeighbourRanker::order(const float* keys, const uint32_t* index, int64_t count, float lowest,
                            float floor) {
    // Distances (key - floor) are >= 0, and non-negative floats order like their bit patterns
    // (the subtraction is monotone, so it keeps the key order). Less the smallest pattern,
    // only the low bits vary. (A distance rounding to -0 would break that: it is made +0.)
    const auto distanceBits = [floor](float key) {
        const float distance = key - floor;
        return std::bit_cast<uint32_t>(distance <= 0.0f ? 0.0f : distance);
    };
    const uint32_t base = distanceBits(lowest);
    uint32_t* bits = m_bits[0].data();
    uint32_t spread = 0;  // OR of all: its width is the width of the largest, and it vectorises
    for (int64_t i = 0; i < count; ++i) {
        bits[i] = distanceBits(keys[i]) - base;
        spread |= bits[i];
    }
    const int width = std::max(1, static_cast<int>(std::bit_width(spread)));
    const int passes = (width + kMaxDigitBits - 1) / kMaxDigitBits;
    const int digitBits = (width + passes - 1) / passes;
    const uint32_t mask = (1u << digitBits) - 1;

    // Every pass's digit counts in one read, then each turned into start offsets.
    int32_t* counts = m_digitCounts.data();
    const int64_t digits = int64_t(1) << digitBits;
    std::fill(counts, counts + passes * digits, 0);
    // (Spelled out per pass count: a loop over passes inside costs a branch per digit.)
    int32_t* second = counts + digits;
    int32_t* third = counts + 2 * digits;
    if (passes == 1) {
        for (int64_t i = 0; i < count; ++i)
            ++counts[bits[i]];
    } else if (passes == 2) {
        for (int64_t i = 0; i < count; ++i) {
            ++counts[bits[i] & mask];
            ++second[bits[i] >> digitBits];
        }
    } else {
        for (int64_t i = 0; i < count; ++i) {
            ++counts[bits[i] & mask];
            ++second[(bits[i] >> digitBits) & mask];
            ++third[bits[i] >> (2 * digitBits)];
        }
    }
    for (int p = 0; p < passes; ++p) {
        int32_t start = 0;
        for (int32_t* c = counts + p * digits; c != counts + (p + 1) * digits; ++c) {
            const int32_t size = *c;
            *c = start;
            start += size;
        }
    }
    // Stable passes from the lowest digit up; the input is in index order, so equal distances
    // stay in index order, the tie-break. The last pass only needs to move the indices.
    const uint32_t* fromBits = bits;
    const uint32_t* fromIndex = index;
    for (int p = 0; p < passes; ++p) {
        int32_t* start = counts + p * digits;
        const int shift = p * digitBits;
        if (p + 1 == passes) {
            for (int64_t i = 0; i < count; ++i)
                m_sorted[static_cast<size_t>(start[(fromBits[i] >> shift) & mask]++)] =
                    fromIndex[i];
            break;
        }
        uint32_t* toBits = m_bits[(p + 1) % 2].data();
        uint32_t* toIndex = m_index[(p + 1) % 2].data();
        for (int64_t i = 0; i < count; ++i) {
            const int32_t at = start[(fromBits[i] >> shift) & mask]++;
            toBits[at] = fromBits[i];
            toIndex[at] = fromIndex[i];
        }
        fromBits = toBits;
        fromIndex = toIndex;
    }
}

QueryRanking NeighbourRanker::rank(const float* keys, const uint32_t* index, int64_t count,
                                   float lowest, float floor, int64_t r, int64_t prefix) {
    order(keys, index, count, lowest, floor);

    // Ranks of the same-class items, compacted without a branch (relevance is a coin flip).
    int32_t* ranks = m_relevantRanks.data();
    int64_t relevant = 0;
    for (int64_t i = 0; i < prefix; ++i) {
        ranks[relevant] = static_cast<int32_t>(i);
        relevant += (m_sorted[static_cast<size_t>(i)] & kRelevantBit) != 0 ? 1 : 0;
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
