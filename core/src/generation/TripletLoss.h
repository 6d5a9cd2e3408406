#pragma once

#include <torch/types.h>

namespace grindstone {

/// Squared Euclidean distance per row.
torch::Tensor rowSquaredDistance(const torch::Tensor& a, const torch::Tensor& b);

/// J(a, p, n; m) = sum_i max(D2(a_i, p_i) - D2(a_i, n_i) + m, 0).
torch::Tensor tripletHinge(const torch::Tensor& a, const torch::Tensor& p, const torch::Tensor& n,
                           double margin);

/// The same hinge with each triplet's term multiplied by its weight (weights: one per row).
torch::Tensor weightedTripletHinge(const torch::Tensor& a, const torch::Tensor& p,
                                   const torch::Tensor& n, double margin,
                                   const torch::Tensor& weights);

/// Adaptive reverse triplet loss: positive and negative swapped, so it is zero only when the
/// generated negative is closer to the anchor than the generated positive by at least m_t.
torch::Tensor reverseTripletHinge(const torch::Tensor& a, const torch::Tensor& p,
                                  const torch::Tensor& n, double margin);

}  // namespace grindstone
