#pragma once

#include <torch/types.h>

namespace grindstone {

// Non-saturating GAN losses with the discriminator's logit meaning "fake":
// sigmoid(D(x)) -> 0 for real, -> 1 for generated, as docs/METHOD.md writes them.

/// L_D = -w mean[log(1 - s(D(real))) + log s(D(fake))]
torch::Tensor discriminatorLoss(const torch::Tensor& realLogits, const torch::Tensor& fakeLogits,
                                double weight);

/// L_G = -w mean[log(1 - s(D(fake)))]
torch::Tensor generatorLoss(const torch::Tensor& fakeLogits, double weight);

/// mean over rows of the Euclidean norm of a - b.
torch::Tensor meanRowNorm(const torch::Tensor& a, const torch::Tensor& b);

}  // namespace grindstone
