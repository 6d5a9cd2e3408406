#pragma once

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

namespace grindstone {

/// Generalised-mean pooling over H x W with a learnable exponent p (init 3): between average
/// (p = 1) and max pooling (p -> inf), which suits retrieval better than either.
class GemPoolingImpl : public torch::nn::Module {
public:
    /// Floor applied before pow(): keeps it defined at ReLU zeros (the export writes it too).
    static constexpr double kDefaultEps = 1e-6;
    explicit GemPoolingImpl(double initialP = 3.0, double eps = kDefaultEps);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::Tensor m_p;
    double m_eps;
};
TORCH_MODULE(GemPooling);

}  // namespace grindstone
