#include "evaluation/QueryBlock.h"

#include <algorithm>
#include <limits>
#include <map>

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

std::vector<float> squaredNorms(const Matrix& rows) {
    std::vector<float> norms(static_cast<size_t>(rows.rows));
    for (int64_t i = 0; i < rows.rows; ++i) {
        const float* x = rows.row(i);
        float sum = 0;
        for (int64_t c = 0; c < rows.cols; ++c)
            sum += x[c] * x[c];
        norms[static_cast<size_t>(i)] = sum;
    }
    return norms;
}

}  // namespace

RankingProblem::RankingProblem(const Matrix& p, const std::vector<int>& l, int64_t k)
    : RankingProblem(p, l, p, l, k, true) {}

RankingProblem::RankingProblem(const Matrix& q, const std::vector<int>& ql, const Matrix& p,
                               const std::vector<int>& l, int64_t k)
    : RankingProblem(q, ql, p, l, k, false) {}

RankingProblem::RankingProblem(const Matrix& q, const std::vector<int>& ql, const Matrix& p,
                               const std::vector<int>& l, int64_t k, bool selfExcluded)
    : queries(q), points(p), leaveOneOut(selfExcluded), maxK(k) {
    const int64_t n = points.rows;
    norms = squaredNorms(points);
    int32_t classes = 0;
    labels = denseLabels(l, &classes);
    classSize.assign(static_cast<size_t>(classes), 0);
    for (int32_t label : labels)
        ++classSize[static_cast<size_t>(label)];
    if (leaveOneOut) {
        queryNorms = norms;
        queryLabels = labels;
    } else {
        queryNorms = squaredNorms(queries);
        std::map<int, int32_t> dense;
        for (size_t i = 0; i < l.size(); ++i)
            dense.emplace(l[i], labels[i]);
        queryLabels.reserve(ql.size());
        for (int label : ql) {
            const auto found = dense.find(label);
            queryLabels.push_back(found == dense.end() ? -1 : found->second);
        }
    }
    const int64_t self = leaveOneOut ? 1 : 0;
    for (int64_t size : classSize)
        if (size > self)
            maxPrefix = std::max(maxPrefix, std::min(n - self, std::max(size - self, maxK)));

    capacity = n;
    if (n >= kSampledRowMin) {
        sampleStride = std::max<int64_t>(1, n / kSampleSize);
        for (int64_t j = 0; j < n; j += sampleStride) {
            samplePoints.insert(samplePoints.end(), points.row(j), points.row(j) + points.cols);
            sampleNorms.push_back(norms[static_cast<size_t>(j)]);
        }
        // Room for the expected count and then some; a query that still outgrows it is redone.
        const int64_t expected = expectedKept(sampleSize(), rankedCount(), maxPrefix);
        capacity = std::min(n, expected + expected / 4 + 512);
    }
    capacity += std::min(QueryBlock::kColumns, n) + kGatherSlack;
}

int64_t RankingProblem::relevantCount(int64_t q) const {
    const int32_t label = queryLabels[static_cast<size_t>(q)];
    if (label < 0) return 0;
    return classSize[static_cast<size_t>(label)] - (leaveOneOut ? 1 : 0);
}

int64_t RankingProblem::prefix(int64_t q) const {
    return std::min(rankedCount(), std::max(relevantCount(q), maxK));
}

QueryBlock::QueryBlock(const RankingProblem& problem)
    : m_problem(problem),
      m_rows(std::min(kRows, problem.queryCount())),
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
    return {limit, -m_problem.queryNorms[static_cast<size_t>(q)],
            m_problem.queryLabels[static_cast<size_t>(q)]};
}

void QueryBlock::estimateLimits(int64_t first, int64_t rows) {
    const RankingProblem& p = m_problem;
    if (p.sampleStride == 0) {
        std::fill(m_limits.begin(), m_limits.end(), kInfinity);
        return;
    }
    const int64_t size = p.sampleSize();
    keyTile(p.queries.row(first), rows, p.samplePoints.data(), p.sampleNorms.data(), size,
            p.points.cols, m_tile.data());
    for (int64_t i = 0; i < rows; ++i) {
        const int64_t q = first + i;
        if (p.relevantCount(q) == 0) continue;
        float* sample = m_tile.data() + i * size;
        int64_t sampled = size;
        if (p.leaveOneOut && q % p.sampleStride == 0)  // not its own distance: swap it out
            std::swap(sample[q / p.sampleStride], sample[--sampled]);
        const float limit = sampledKeyLimit(sample, sampled, p.rankedCount(), p.prefix(q));
        // Keys below the floor are ranked as the floor (distance 0): all must be candidates.
        m_limits[static_cast<size_t>(i)] = std::max(limit, -p.queryNorms[static_cast<size_t>(q)]);
    }
}

void QueryBlock::gatherCandidates(int64_t first, int64_t rows) {
    const RankingProblem& p = m_problem;
    const int64_t n = p.points.rows;
    std::fill(m_counts.begin(), m_counts.end(), 0);
    std::fill(m_lowest.begin(), m_lowest.end(), kInfinity);
    for (int64_t c0 = 0; c0 < n; c0 += m_columns) {
        const int64_t cols = std::min(m_columns, n - c0);
        keyTile(p.queries.row(first), rows, p.points.row(c0), p.norms.data() + c0, cols,
                p.points.cols, m_tile.data());
        for (int64_t i = 0; i < rows; ++i) {
            const int64_t q = first + i;
            int64_t& count = m_counts[static_cast<size_t>(i)];
            if (count < 0 || p.relevantCount(q) == 0) continue;
            float* keys = m_tile.data() + i * cols;
            if (p.leaveOneOut && q >= c0 && q < c0 + cols)
                keys[q - c0] = kNaN;  // the query never ranks itself
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
    keyTile(p.queries.row(q), 1, p.points.values.data(), p.norms.data(), n, p.points.cols,
            m_row.data());
    if (p.leaveOneOut) m_row[static_cast<size_t>(q)] = kNaN;
    float lowest = kInfinity;
    const int64_t count = gatherBelow(m_row.data(), p.labels.data(), n, 0, query(q, kInfinity),
                                      m_rowKeys.data(), m_rowIndex.data(), &lowest);
    return m_ranker.rank(m_rowKeys.data(), m_rowIndex.data(), count, lowest,
                         -p.queryNorms[static_cast<size_t>(q)], p.relevantCount(q), p.prefix(q));
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
                               m_lowest[static_cast<size_t>(i)],
                               -p.queryNorms[static_cast<size_t>(q)], r, prefix);
    }
}

}  // namespace grindstone::evaluation
