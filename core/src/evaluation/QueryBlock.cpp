#include "evaluation/QueryBlock.h"

#include <algorithm>
#include <limits>

#include "evaluation/CandidateGather.h"
#include "evaluation/InputChecks.h"
#include "evaluation/KeyLimit.h"
#include "evaluation/KeyTile.h"

namespace grindstone::evaluation {

namespace {

constexpr float kInfinity = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();  // a key no limit lets through
// Rows shorter than this are gathered whole: sampling would not pay for itself.
constexpr int64_t kSampledRowMin = 4096;
// Sampled points per row: a larger sample narrows the margin (fewer candidates) but costs more
// sgemm and histogram work per query.
constexpr int64_t kSampleSize = 1024;

}  // namespace

RankingProblem::RankingProblem(const Matrix& p, const std::vector<int>& l, int64_t k)
    : points(p), maxK(k) {
    const int64_t n = points.rows;
    norms.resize(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const float* x = points.row(i);
        float sum = 0;
        for (int64_t c = 0; c < points.cols; ++c)
            sum += x[c] * x[c];
        norms[static_cast<size_t>(i)] = sum;
    }
    int32_t classes = 0;
    labels = denseLabels(l, &classes);
    classSize.assign(static_cast<size_t>(classes), 0);
    for (int32_t label : labels)
        ++classSize[static_cast<size_t>(label)];
    for (int64_t size : classSize)
        if (size > 1) maxPrefix = std::max(maxPrefix, std::min(n - 1, std::max(size - 1, maxK)));

    capacity = n;
    if (n >= kSampledRowMin) {
        sampleStride = std::max<int64_t>(1, n / kSampleSize);
        for (int64_t j = 0; j < n; j += sampleStride) {
            samplePoints.insert(samplePoints.end(), points.row(j), points.row(j) + points.cols);
            sampleNorms.push_back(norms[static_cast<size_t>(j)]);
        }
        // Room for the expected count and then some; a query that still outgrows it is redone.
        const int64_t expected = expectedKept(sampleSize(), n - 1, maxPrefix);
        capacity = std::min(n, expected + expected / 4 + 512);
    }
    capacity += std::min(QueryBlock::kColumns, n) + kGatherSlack;
}

int64_t RankingProblem::relevantCount(int64_t q) const {
    return classSize[static_cast<size_t>(labels[static_cast<size_t>(q)])] - 1;
}

int64_t RankingProblem::prefix(int64_t q) const {
    return std::min(points.rows - 1, std::max(relevantCount(q), maxK));
}

QueryBlock::QueryBlock(const RankingProblem& problem)
    : m_problem(problem),
      m_rows(std::min(kRows, problem.points.rows)),
      m_columns(std::min(kColumns, problem.points.rows)),
      m_tile(static_cast<size_t>(m_rows * std::max(m_columns, problem.sampleSize()))),
      m_limits(static_cast<size_t>(m_rows)),
      m_counts(static_cast<size_t>(m_rows)),
      m_lowest(static_cast<size_t>(m_rows)),
      m_keys(static_cast<size_t>(m_rows * problem.capacity)),
      m_index(static_cast<size_t>(m_rows * problem.capacity)),
      m_row(static_cast<size_t>(problem.points.rows)),
      m_rowKeys(static_cast<size_t>(problem.points.rows + kGatherSlack)),
      m_rowIndex(static_cast<size_t>(problem.points.rows + kGatherSlack)),
      m_ranker(std::max(problem.points.rows, problem.capacity)) {}

GatherQuery QueryBlock::query(int64_t q, float limit) const {
    // The floor is the key of distance 0: keys are |y|^2 - 2 q.y = distance - |q|^2.
    return {limit, -m_problem.norms[static_cast<size_t>(q)],
            m_problem.labels[static_cast<size_t>(q)]};
}

void QueryBlock::estimateLimits(int64_t first, int64_t rows) {
    const RankingProblem& p = m_problem;
    if (p.sampleStride == 0) {
        std::fill(m_limits.begin(), m_limits.end(), kInfinity);
        return;
    }
    const int64_t size = p.sampleSize();
    keyTile(p.points.row(first), rows, p.samplePoints.data(), p.sampleNorms.data(), size,
            p.points.cols, m_tile.data());
    for (int64_t i = 0; i < rows; ++i) {
        const int64_t q = first + i;
        if (p.relevantCount(q) == 0) continue;
        float* sample = m_tile.data() + i * size;
        int64_t sampled = size;
        if (q % p.sampleStride == 0)  // not its own distance: swap it out of the sample
            std::swap(sample[q / p.sampleStride], sample[--sampled]);
        const float limit = sampledKeyLimit(sample, sampled, p.points.rows - 1, p.prefix(q));
        // Keys below the floor are ranked as the floor (distance 0): all must be candidates.
        m_limits[static_cast<size_t>(i)] = std::max(limit, -p.norms[static_cast<size_t>(q)]);
    }
}

void QueryBlock::gatherCandidates(int64_t first, int64_t rows) {
    const RankingProblem& p = m_problem;
    const int64_t n = p.points.rows;
    std::fill(m_counts.begin(), m_counts.end(), 0);
    std::fill(m_lowest.begin(), m_lowest.end(), kInfinity);
    for (int64_t c0 = 0; c0 < n; c0 += m_columns) {
        const int64_t cols = std::min(m_columns, n - c0);
        keyTile(p.points.row(first), rows, p.points.row(c0), p.norms.data() + c0, cols,
                p.points.cols, m_tile.data());
        for (int64_t i = 0; i < rows; ++i) {
            const int64_t q = first + i;
            int64_t& count = m_counts[static_cast<size_t>(i)];
            if (count < 0 || p.relevantCount(q) == 0) continue;
            float* keys = m_tile.data() + i * cols;
            if (q >= c0 && q < c0 + cols) keys[q - c0] = kNaN;  // the query never ranks itself
            if (count + cols + kGatherSlack > p.capacity) {
                count = -1;
                continue;
            }
            const int64_t offset = i * p.capacity + count;
            count += gatherBelow(keys, p.labels.data() + c0, cols, static_cast<uint32_t>(c0),
                                 query(q, m_limits[static_cast<size_t>(i)]), m_keys.data() + offset,
                                 m_index.data() + offset, &m_lowest[static_cast<size_t>(i)]);
        }
    }
}

QueryRanking QueryBlock::rankWholeRow(int64_t q) {
    const RankingProblem& p = m_problem;
    const int64_t n = p.points.rows;
    keyTile(p.points.row(q), 1, p.points.values.data(), p.norms.data(), n, p.points.cols,
            m_row.data());
    m_row[static_cast<size_t>(q)] = kNaN;
    float lowest = kInfinity;
    const int64_t count = gatherBelow(m_row.data(), p.labels.data(), n, 0, query(q, kInfinity),
                                      m_rowKeys.data(), m_rowIndex.data(), &lowest);
    return m_ranker.rank(m_rowKeys.data(), m_rowIndex.data(), count, lowest,
                         -p.norms[static_cast<size_t>(q)], p.relevantCount(q), p.prefix(q));
}

void QueryBlock::rank(int64_t first, int64_t rows, QueryRanking* out, char* answered) {
    const RankingProblem& p = m_problem;
    estimateLimits(first, rows);
    gatherCandidates(first, rows);
    for (int64_t i = 0; i < rows; ++i) {
        const int64_t q = first + i;
        const int64_t r = p.relevantCount(q);
        answered[i] = r > 0 ? 1 : 0;
        if (r == 0) continue;
        const int64_t prefix = p.prefix(q);
        const int64_t count = m_counts[static_cast<size_t>(i)];
        // Outgrown, or the sampled limit fell short of the prefix: rank the whole row.
        if (count < prefix) {
            out[i] = rankWholeRow(q);
            continue;
        }
        const int64_t offset = i * p.capacity;
        out[i] = m_ranker.rank(m_keys.data() + offset, m_index.data() + offset, count,
                               m_lowest[static_cast<size_t>(i)], -p.norms[static_cast<size_t>(q)],
                               r, prefix);
    }
}

}  // namespace grindstone::evaluation
