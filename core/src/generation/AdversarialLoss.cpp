#include "generation/AdversarialLoss.h"

#include <torch/nn/functional/activation.h>

namespace grindstone {

torch::Tensor discriminatorLoss(const torch::Tensor& realLogits, const torch::Tensor& fakeLogits,
                                double weight) {
    // log(1 - s(z)) = logsigmoid(-z), computed stably.
    return -weight *
           (torch::log_sigmoid(-realLogits).mean() + torch::log_sigmoid(fakeLogits).mean());
}

torch::Tensor generatorLoss(const torch::Tensor& fakeLogits, double weight) {
    return -weight * torch::log_sigmoid(-fakeLogits).mean();
}

torch::Tensor meanRowNorm(const torch::Tensor& a, const torch::Tensor& b) {
    // The epsilon keeps the gradient of the norm finite when a row matches exactly.
    return ((a - b).pow(2).sum(1) + 1e-12).sqrt().mean();
}

}  // namespace grindstone
