#include "projection/ProjectionSupport.h"

#include <faiss/IndexFlat.h>

#include <algorithm>

#include "evaluation/BlasThreads.h"

namespace grindstone::projection {

void ProgressReporter::report(double fraction, const std::string& phase) const {
    if (!m_callback) return;
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    if (!(*m_callback)(m_begin + clamped * (m_end - m_begin), phase)) throw ProjectionCancelled();
}

ProgressReporter ProgressReporter::part(double from, double to) const {
    const double span = m_end - m_begin;
    ProgressReporter inner = *this;
    inner.m_begin = m_begin + from * span;
    inner.m_end = m_begin + to * span;
    return inner;
}

namespace {

// Queries per FAISS call: large enough for its sgemm path (>= 20 queries), small enough that
// both threads get many blocks and progress moves.
constexpr int64_t kQueryBlock = 1024;

/// Removes each row's own index from `k + 1` results (or, among exact duplicates where FAISS
/// did not return the row first, the last one).
void dropSelf(int64_t first, int64_t count, int k, const std::vector<faiss::Index::idx_t>& found,
              const std::vector<float>& dist, Neighbours& out) {
    for (int64_t q = 0; q < count; ++q) {
        const int64_t row = first + q;
        int written = 0;
        bool skipped = false;
        for (int j = 0; j <= k && written < k; ++j) {
            const auto at = static_cast<size_t>(q * (k + 1) + j);
            if (!skipped && found[at] == row) {
                skipped = true;
                continue;
            }
            out.indices[static_cast<size_t>(row * k + written)] = found[at];
            out.distances[static_cast<size_t>(row * k + written)] = std::max(0.0f, dist[at]);
            ++written;
        }
    }
}

}  // namespace

Neighbours exactNeighbours(const Matrix& data, int k, const ProgressReporter& progress) {
    Neighbours out;
    out.rows = data.rows;
    out.k = k;
    out.indices.resize(static_cast<size_t>(data.rows * k));
    out.distances.resize(out.indices.size());
    faiss::IndexFlatL2 index(static_cast<faiss::Index::idx_t>(data.cols));
    index.add(data.rows, data.values.data());

    const evaluation::ScopedSingleThreadedBlas singleThreadedBlas;
    const int64_t blocks = (data.rows + kQueryBlock - 1) / kQueryBlock;
    int64_t done = 0;
    bool cancelled = false;
#pragma omp parallel for schedule(dynamic, 1)
    for (int64_t b = 0; b < blocks; ++b) {
        bool stop = false;
#pragma omp atomic read
        stop = cancelled;
        if (stop) continue;
        const int64_t first = b * kQueryBlock;
        const int64_t count = std::min(kQueryBlock, data.rows - first);
        std::vector<faiss::Index::idx_t> found(static_cast<size_t>(count * (k + 1)));
        std::vector<float> dist(found.size());
        index.search(count, data.row(first), k + 1, dist.data(), found.data());
        dropSelf(first, count, k, found, dist, out);
        // Never two calls at once: callers' callbacks need not be thread-safe.
        int64_t finished = 0;
#pragma omp atomic capture
        finished = ++done;
        if (finished % 4 == 0) {
#pragma omp critical(projection_knn_progress)
            {
                try {
                    progress.report(static_cast<double>(finished) / blocks, "nearest neighbours");
                } catch (const ProjectionCancelled&) {
#pragma omp atomic write
                    cancelled = true;
                }
            }
        }
    }
    if (cancelled) throw ProjectionCancelled();
    progress.report(1.0, "nearest neighbours");
    return out;
}

Matrix padColumns(const Matrix& m, int64_t cols) {
    if (m.cols >= cols) return m;
    Matrix out(m.rows, cols);
    for (int64_t r = 0; r < m.rows; ++r)
        std::copy(m.row(r), m.row(r) + m.cols, out.row(r));
    return out;
}

}  // namespace grindstone::projection
