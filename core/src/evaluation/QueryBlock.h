#pragma once

#include <cstdint>
#include <vector>

#include "evaluation/CandidateGather.h"
#include "evaluation/NeighbourRanker.h"
#include "grindstone/Matrix.h"

namespace grindstone::evaluation {

/// The read-only inputs of one ranking run, shared by every thread. Queries rank `points`:
/// either every point ranks the others (leave-one-out), or separate query rows rank the points
/// as a gallery (In-Shop's protocol), where no query is one of the points.
struct RankingProblem {
    /// Leave-one-out: every point is a query, its own row excluded.
    RankingProblem(const Matrix& points, const std::vector<int>& labels, int64_t maxK);
    /// Query / gallery: `queries` rank the gallery `points`.
    RankingProblem(const Matrix& queries, const std::vector<int>& queryLabels, const Matrix& points,
                   const std::vector<int>& labels, int64_t maxK);

    const Matrix& queries;  ///< `points` itself for leave-one-out
    const Matrix& points;
    bool leaveOneOut;
    std::vector<float> norms;          ///< squared norm of every point
    std::vector<float> queryNorms;     ///< of every query (leave-one-out: `norms` again)
    std::vector<int32_t> labels;       ///< dense classes
    std::vector<int32_t> queryLabels;  ///< the queries' in the points' dense classes; -1: absent
    std::vector<int64_t> classSize;    ///< points per dense class
    int64_t maxK;
    int64_t maxPrefix = 0;  ///< the most neighbours any query must rank
    /// Every sampleStride-th point, copied contiguous, to estimate each query's key limit.
    int64_t sampleStride = 0;  ///< 0: rows too short to sample, every point is a candidate
    std::vector<float> samplePoints;
    std::vector<float> sampleNorms;
    int64_t capacity = 0;  ///< candidates one query may hold before it is redone whole

    int64_t sampleSize() const { return static_cast<int64_t>(sampleNorms.size()); }
    int64_t queryCount() const { return queries.rows; }
    /// Points a query is ranked against: all, or all but itself.
    int64_t rankedCount() const { return points.rows - (leaveOneOut ? 1 : 0); }
    /// Items of q's class among the points other than q (0: nothing to retrieve) and
    /// neighbours q must rank.
    int64_t relevantCount(int64_t q) const;
    int64_t prefix(int64_t q) const;

private:
    RankingProblem(const Matrix& queries, const std::vector<int>& queryLabels, const Matrix& points,
                   const std::vector<int>& labels, int64_t maxK, bool leaveOneOut);
};

/// Ranks blocks of consecutive queries; one instance per thread, all memory taken up front so
/// that nothing throws inside the OpenMP loop. Distances come in tiles of (block x a few
/// thousand points) that stay in cache: each tile's keys below a query's sampled limit are
/// appended to that query's candidates, and only those are ordered.
class QueryBlock {
public:
    static constexpr int64_t kRows = 256;      ///< queries per block: amortises packing in sgemm
    static constexpr int64_t kColumns = 1024;  ///< points per tile: rows x columns fit in L2

    explicit QueryBlock(const RankingProblem& problem);

    /// Ranks queries [first, first + rows), rows <= kRows; out[i] is query first + i.
    /// answered[i] is set to 0 for a query with nothing to retrieve, else 1.
    void rank(int64_t first, int64_t rows, QueryRanking* out, char* answered);

private:
    void estimateLimits(int64_t first, int64_t rows);
    void gatherCandidates(int64_t first, int64_t rows);
    QueryRanking rankWholeRow(int64_t q);
    GatherQuery query(int64_t q, float limit) const;

    const RankingProblem& m_problem;
    int64_t m_rows;     ///< block height: kRows, or fewer points
    int64_t m_columns;  ///< tile width
    std::vector<float> m_tile;
    std::vector<float> m_limits;
    std::vector<int64_t> m_counts;  ///< candidates per query; -1 when it outgrew the capacity
    std::vector<float> m_lowest;    ///< smallest candidate key per query
    std::vector<float> m_keys;      ///< m_rows x capacity
    std::vector<uint32_t> m_index;  ///< m_rows x capacity
    std::vector<float> m_row;       ///< one whole row of keys, for the rare query redone
    std::vector<float> m_rowKeys;
    std::vector<uint32_t> m_rowIndex;
    NeighbourRanker m_ranker;
};

}  // namespace grindstone::evaluation
