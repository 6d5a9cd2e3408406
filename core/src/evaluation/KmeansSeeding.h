#pragma once

#include <cstdint>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone::evaluation {

/// k-means++ seeding (Arthur and Vassilvitskii 2007): `clusters` rows of `points`, each drawn
/// with probability proportional to its squared distance to the nearest one drawn before.
/// FAISS's own seeding is uniform and often puts two centroids in one well-separated class,
/// a local minimum that Lloyd's iterations do not leave. Deterministic for `seed`; returns
/// clusters x cols floats.
std::vector<float> kmeansPlusPlusSeeds(const Matrix& points, int clusters, uint64_t seed);

}  // namespace grindstone::evaluation
