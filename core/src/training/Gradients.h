#pragma once
// Gradients taken explicitly (torch::autograd::grad) rather than accumulated by backward():
// each loss of a step moves only its own networks, and a step over several batches sums each
// batch's gradients before one average and one optimiser step.

#include <vector>

#include <torch/optim/optimizer.h>
#include <torch/types.h>

namespace grindstone {

std::vector<torch::Tensor> parametersOf(torch::optim::Optimizer& optimizer);

/// Gradient of `loss` with respect to `params` only (zeros where the loss does not reach); the
/// graph is kept for the step's other losses.
std::vector<torch::Tensor> gradientsOf(const torch::Tensor& loss,
                                       const std::vector<torch::Tensor>& params);

/// sums += grads, element by element; an empty `sums` takes `grads` as they are.
void addGradients(std::vector<torch::Tensor>& sums, std::vector<torch::Tensor> grads);

void setGradients(const std::vector<torch::Tensor>& params,
                  const std::vector<torch::Tensor>& grads);

/// Drops the gradients (they may be views into autograd's buffers, which a later zero_grad()
/// would have to detach).
void clearGradients(const std::vector<torch::Tensor>& params);

}  // namespace grindstone
