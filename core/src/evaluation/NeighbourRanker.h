#pragma once

#include <cstdint>
#include <vector>

namespace grindstone::evaluation {

/// What the ranking metrics need from one query's ordered neighbours.
struct QueryRanking {
    int64_t firstRelevant = -1;   ///< 0-based rank of the nearest same-class item; -1: not ranked
    double averagePrecision = 0;  ///< AP@R: (1/R) sum over i <= R of P(i) rel(i)
    double rPrecision = 0;        ///< same-class fraction of the R nearest
};

/// Orders one query's candidate neighbours by (squared distance, index) without comparisons:
/// a stable least-significant-digit radix sort on the float bits of the distances, which share
/// an exponent or two, so two passes of 12 bits usually cover them. One instance per thread.
class NeighbourRanker {
public:
    /// `capacity`: the most candidates one query may bring.
    explicit NeighbourRanker(int64_t capacity);

    /// `keys` / `index`: the candidates in index order as gatherBelow leaves them (class in the
    /// index's top bit), all >= `floor` (the key of distance 0), the smallest `lowest`, holding
    /// at least the `prefix` nearest. `r`: other items of the query's class (>= 1);
    /// r <= prefix <= count.
    QueryRanking rank(const float* keys, const uint32_t* index, int64_t count, float lowest,
                      float floor, int64_t r, int64_t prefix);

private:
    /// Leaves m_sorted[0, count) holding the indices in (distance, index) order.
    void order(const float* keys, const uint32_t* index, int64_t count, float lowest, float floor);

    std::vector<uint32_t> m_bits[2];   ///< distance bits, ping and pong
    std::vector<uint32_t> m_index[2];  ///< indices travelling with them
    std::vector<uint32_t> m_sorted;
    std::vector<int32_t> m_digitCounts;
    std::vector<int32_t> m_relevantRanks;
};

}  // namespace grindstone::evaluation
