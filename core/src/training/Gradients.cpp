#include "training/Gradients.h"

#include <torch/autograd.h>

namespace grindstone {

std::vector<torch::Tensor> parametersOf(torch::optim::Optimizer& optimizer) {
    std::vector<torch::Tensor> params;
    for (auto& group : optimizer.param_groups())
        for (auto& p : group.params())
            params.push_back(p);
    return params;
}

std::vector<torch::Tensor> gradientsOf(const torch::Tensor& loss,
                                       const std::vector<torch::Tensor>& params) {
    if (params.empty()) return {};
    auto grads = torch::autograd::grad({loss}, params, {}, /*retain_graph=*/true,
                                       /*create_graph=*/false, /*allow_unused=*/true);
    for (size_t i = 0; i < params.size(); ++i)
        if (!grads[i].defined()) grads[i] = torch::zeros_like(params[i]);
    return grads;
}

void addGradients(std::vector<torch::Tensor>& sums, std::vector<torch::Tensor> grads) {
    if (sums.empty()) {
        sums = std::move(grads);
        return;
    }
    for (size_t i = 0; i < sums.size(); ++i)
        sums[i] = sums[i] + grads[i];
}

void setGradients(const std::vector<torch::Tensor>& params,
                  const std::vector<torch::Tensor>& grads) {
    for (size_t i = 0; i < params.size(); ++i) {
        auto p = params[i];
        p.mutable_grad() = grads[i];
    }
}

void clearGradients(const std::vector<torch::Tensor>& params) {
    for (auto p : params)
        p.mutable_grad() = torch::Tensor();
}

}  // namespace grindstone
