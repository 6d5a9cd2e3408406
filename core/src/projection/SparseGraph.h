#pragma once

#include <cstdint>
#include <vector>

#include "projection/ProjectionSupport.h"

namespace grindstone::projection {

/// A weighted graph over the points in compressed-row form.
struct SparseGraph {
    int64_t rows = 0;
    std::vector<int64_t> rowStart;  ///< rows + 1 offsets into cols / weights
    std::vector<int32_t> cols;
    std::vector<double> weights;
};

/// The directed k-NN graph of `neighbours` (rows x k edges, row i to its neighbours), weights
/// 0 for the caller to fill: t-SNE's conditionals, UMAP's memberships.
SparseGraph neighbourGraph(const Neighbours& neighbours);

/// The symmetric graph with weight merge(a_ij, a_ji) on every edge present either way (a
/// missing direction weighs 0): t-SNE's P + P^T, UMAP's fuzzy union a + b - ab. `merge` must be
/// symmetric in its arguments. Deterministic: edges are sorted, not hashed.
SparseGraph symmetrise(const SparseGraph& graph, double (*merge)(double, double));

}  // namespace grindstone::projection
