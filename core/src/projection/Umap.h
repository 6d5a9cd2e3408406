#pragma once

#include <cstddef>  // before Matrix.h, which uses size_t without including it

#include "grindstone/Matrix.h"
#include "grindstone/projection/Projection.h"
#include "projection/ProjectionSupport.h"
#include "projection/SparseGraph.h"

namespace grindstone::projection {

/// a, b of UMAP's low-dimensional similarity 1 / (1 + a d^(2b)), least-squares fitted (as
/// umap-learn's find_ab_params, spread 1) to 1 below min_dist and exp(-(d - min_dist)) above.
struct UmapCurve {
    double a = 0, b = 0;
};
UmapCurve fitUmapCurve(double minDist);

/// UMAP's fuzzy simplicial set: per point, rho = distance to the nearest neighbour and sigma
/// from a binary search so the memberships exp(-(d - rho) / sigma) sum to log2(k); then the
/// fuzzy union a + b - ab. `neighbours` exclude the point itself (umap-learn's k counts it, so
/// pass neighbours for k - 1) and hold squared distances.
SparseGraph fuzzySimplicialSet(const Neighbours& neighbours);

/// UMAP (McInnes, Healy & Melville 2018) of `data` into options.dims dimensions as umap-learn
/// 0.5 does it with init="pca": exact k-NN graph, fuzzy set,
/// edges weaker than max / epochs dropped, PCA start scaled to [0, 10], then SGD over edges
/// sampled in proportion to their weight, 5 negative samples each, learning rate 1 decaying
/// linearly. Single-threaded SGD with one seeded generator: deterministic. `warmStart`: that
/// layout instead of PCA, a tenth of the epochs (at least 30) from a learning rate of 0.1.
Matrix runUmap(const Matrix& data, const ProjectionOptions& options, const Matrix* warmStart,
               const ProgressReporter& progress);

}  // namespace grindstone::projection
