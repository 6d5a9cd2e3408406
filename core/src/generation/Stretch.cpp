#include "generation/Stretch.h"

namespace grindstone {

torch::Tensor stretchFactors(const torch::Tensor& distances, double tau, double slope) {
    return torch::where(distances < tau, 1.0 + slope * (tau - distances),
                        torch::exp(tau - distances));
}

StretchResult stretchPairs(const torch::Tensor& anchors, const torch::Tensor& positives, double tau,
                           double slope, StretchMode mode) {
    const auto distance = (anchors - positives).detach().pow(2).sum(1).sqrt();
    auto lambda = stretchFactors(distance, tau, slope).unsqueeze(1);
    StretchResult out;
    out.anchors = anchors + lambda * (anchors - positives);
    out.positives = mode == StretchMode::Symmetric ? positives + lambda * (positives - anchors)
                                                   : positives + lambda * (positives - out.anchors);
    out.factors = lambda.squeeze(1);
    return out;
}

}  // namespace grindstone
