#pragma once

#include <cstdint>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone {

/// How much each point's neighbourhood differs between two embeddings of the same points
/// (two runs' snapshots of the fixed evaluation subset): 1 - |N_a(i) ∩ N_b(i)| / k, where
/// N(i) are the k nearest other points. 0 = same neighbours, 1 = none in common. Independent
/// of rotations and scale of either space, so two runs compare without aligning them.
struct NeighbourhoodChange {
    int k = 0;
    std::vector<double> perPoint;
    double mean = 0;
    std::vector<int64_t> mostChanged;  ///< row indices, most changed first (ties: lower row first)
};

/// Throws InputError when the row counts differ or k is not in [1, rows - 1].
NeighbourhoodChange neighbourhoodChange(const Matrix& a, const Matrix& b, int k);

}  // namespace grindstone
