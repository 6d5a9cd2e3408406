#include "generation/TripletLoss.h"

namespace grindstone {

torch::Tensor rowSquaredDistance(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).pow(2).sum(1);
}

torch::Tensor tripletHinge(const torch::Tensor& a, const torch::Tensor& p, const torch::Tensor& n,
                           double margin) {
    return (rowSquaredDistance(a, p) - rowSquaredDistance(a, n) + margin).clamp_min(0).sum();
}

torch::Tensor weightedTripletHinge(const torch::Tensor& a, const torch::Tensor& p,
                                   const torch::Tensor& n, double margin,
                                   const torch::Tensor& weights) {
    return ((rowSquaredDistance(a, p) - rowSquaredDistance(a, n) + margin).clamp_min(0) * weights)
        .sum();
}

torch::Tensor reverseTripletHinge(const torch::Tensor& a, const torch::Tensor& p,
                                  const torch::Tensor& n, double margin) {
    return tripletHinge(a, n, p, margin);
}

}  // namespace grindstone
