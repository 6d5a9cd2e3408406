#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"
#include "grindstone/projection/Projection.h"

namespace grindstone::projection {

/// Maps the progress of one phase onto its share [begin, end] of the whole projection and turns
/// a `false` from the caller's callback into ProjectionCancelled.
class ProgressReporter {
public:
    ProgressReporter() = default;  // reports nowhere, never cancels
    /// `callback` must outlive the reporter.
    explicit ProgressReporter(const ProjectionProgress& callback, double begin = 0, double end = 1)
        : m_callback(callback ? &callback : nullptr), m_begin(begin), m_end(end) {}

    /// `fraction` of this phase is done; throws ProjectionCancelled when the caller says stop.
    void report(double fraction, const std::string& phase) const;
    /// The part [from, to] (fractions of this phase) as its own reporter.
    ProgressReporter part(double from, double to) const;

private:
    const ProjectionProgress* m_callback = nullptr;
    double m_begin = 0, m_end = 1;
};

/// The k nearest other rows of every row, nearest first.
struct Neighbours {
    int64_t rows = 0;
    int k = 0;
    std::vector<int64_t> indices;  ///< rows x k
    std::vector<float> distances;  ///< rows x k, squared Euclidean
    int64_t index(int64_t row, int j) const { return indices[static_cast<size_t>(row * k + j)]; }
    float distance(int64_t row, int j) const { return distances[static_cast<size_t>(row * k + j)]; }
};

/// Exact k-NN (FAISS flat L2 search, queries split over the OpenMP threads, each with its own
/// single-threaded sgemm); a row is never its own neighbour. Needs k < rows.
Neighbours exactNeighbours(const Matrix& data, int k, const ProgressReporter& progress);

/// The k-NN every projection uses: the exact search. Measured on 70,000 x 128 clustered points
/// (2 threads, machine shared): exact 26.0 s wall / 17.6 s CPU; FAISS IVF-Flat (sqrt(rows)
/// lists, 12 probed) 41.5 s / 30.8 s with a recall of only 0.71 (Debian's FAISS scans lists
/// without BLAS), so the approximate search was dropped. HNSW was not tried: its graph depends
/// on the order threads insert points (deterministic only when built on one thread).
inline Neighbours nearestNeighbours(const Matrix& data, int k, const ProgressReporter& progress) {
    return exactNeighbours(data, k, progress);
}

/// Zero-padded copy with `cols` columns (PCA of data with fewer dimensions than the layout).
Matrix padColumns(const Matrix& m, int64_t cols);

}  // namespace grindstone::projection
