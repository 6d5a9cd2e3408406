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

/// Orders one query's candidate neighbours by (key, index) as far as the figures can tell,
/// without a comparison sort: a counting pass puts them in key buckets of about one item each,
/// and only buckets holding both classes get sorted. One instance per thread.
class NeighbourRanker {
public:
    /// `capacity`: the most candidates one query may bring.
    explicit NeighbourRanker(int64_t capacity);

    /// A key limit that about `prefix` of `points` keys fall below, with a safety margin, from
    /// `size` keys sampled evenly (size >= 1). +infinity when the margin covers them all.
    static float sampledLimit(const float* sample, int64_t size, int64_t points, int64_t prefix);

    /// How many of `points` keys `sampledLimit` expects to keep for `prefix` (all, at most).
    static int64_t expectedKept(int64_t size, int64_t points, int64_t prefix);

    /// `keys` / `index`: the candidates in index order as gatherBelow leaves them (class in the
    /// index's top bit), the smallest key `lowest`, every key <= `limit` (which may be
    /// +infinity), holding at least the `prefix` nearest. `r`: other items of the query's class
    /// (>= 1); r <= prefix <= count.
    QueryRanking rank(const float* keys, const uint32_t* index, int64_t count, float lowest,
                      float limit, int64_t r, int64_t prefix);

private:
    struct Candidate {
        float key;
        uint32_t index;  ///< tagged with kRelevantBit
    };

    /// Leaves m_sorted[0, prefix) in (key, index) order as far as the classes go.
    void order(const float* keys, const uint32_t* index, int64_t count, float lowest, float limit,
               int64_t prefix);

    std::vector<Candidate> m_sorted;  ///< in bucket order
    std::vector<uint8_t> m_flags;
    std::vector<int32_t> m_mixed;  ///< positions that start a two-class adjacent pair
    std::vector<int32_t> m_bucket;
    std::vector<int32_t> m_bucketStart;
    std::vector<int32_t> m_relevantRanks;
};

}  // namespace grindstone::evaluation
