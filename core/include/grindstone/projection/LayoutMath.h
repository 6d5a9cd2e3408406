#pragma once

#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone {

/// Principal component analysis of a rows x D matrix.
struct PcaResult {
    Matrix projected;               ///< rows x k: the centred data on the axes
    Matrix axes;                    ///< k x D, unit rows, by decreasing variance
    std::vector<float> mean;        ///< D: the centre subtracted first
    std::vector<double> variances;  ///< k: variance along each axis (divided by rows - 1)
};

/// Mean-centres, then finds the top-k principal axes (covariance by one matrix product, then a
/// symmetric eigen-decomposition of the D x D covariance). Sign convention, so equal input gives
/// equal output: each axis's largest-magnitude coordinate is positive (ties: the first one).
/// k is clamped to D. Throws InputError on fewer than 2 rows or non-finite values.
PcaResult principalComponents(const Matrix& data, int k);

/// `layout` moved onto `reference` (same shape) by the orthogonal transform (rotation, possibly
/// with reflection) and translation that minimise the squared distance between matching rows
/// (orthogonal Procrustes on the centred sets). No scaling: a layout's spread means something
/// (how far apart the embeddings are), so it is kept. Throws InputError on shape mismatch.
Matrix alignToReference(const Matrix& layout, const Matrix& reference);

/// Trustworthiness(k) of a layout (Venna & Kaski): 1 minus the normalised rank penalty of the
/// layout's k nearest neighbours that are not among the data's k nearest; 1 = no intruders.
/// Same definition as sklearn.manifold.trustworthiness. Needs k < rows / 2. O(rows^2 * k).
double trustworthiness(const Matrix& data, const Matrix& layout, int k);

/// Mean fraction of each point's k nearest neighbours in `layout` that share its label.
double knnLabelAgreement(const Matrix& layout, const std::vector<int>& labels, int k);

}  // namespace grindstone
