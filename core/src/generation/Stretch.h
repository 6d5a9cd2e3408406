#pragma once

#include <string>

#include <torch/types.h>

namespace grindstone {

enum class StretchMode { Symmetric, Sequential };

struct StretchResult {
    torch::Tensor anchors, positives;  ///< a', p'
    torch::Tensor factors;             ///< lambda per pair (detached)
};

/// Piecewise linear manipulation of anchor-positive pairs (stage 1). lambda is a function of
/// the detached distance: it scales the pair, and gradients flow through x_a and x_p only.
StretchResult stretchPairs(const torch::Tensor& anchors, const torch::Tensor& positives, double tau,
                           double slope, StretchMode mode);

/// Tensor form of stretchFactor() in Schedules.h.
torch::Tensor stretchFactors(const torch::Tensor& distances, double tau, double slope);

}  // namespace grindstone
