#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include "model/GemPooling.h"

namespace grindstone {

struct EmbeddingNetSpec {
    int64_t channels = 1;
    int64_t imageSize = 28;
    int64_t embeddingDim = 128;
    bool deep = false;  ///< deeper backbone for images larger than 32 px
    bool normalize = false;
    double gemP = 3.0;
};

/// f(x) of METHOD.md: CNN backbone -> GeM pooling -> BatchNorm -> Linear(embedding).
class EmbeddingNetImpl : public torch::nn::Module {
public:
    explicit EmbeddingNetImpl(const EmbeddingNetSpec& spec);
    torch::Tensor forward(const torch::Tensor& images);
    const EmbeddingNetSpec& spec() const { return m_spec; }

private:
    EmbeddingNetSpec m_spec;
    torch::nn::Sequential m_backbone{nullptr};
    GemPooling m_pool{nullptr};
    torch::nn::BatchNorm1d m_norm{nullptr};
    torch::nn::Linear m_embed{nullptr};
};
TORCH_MODULE(EmbeddingNet);

}  // namespace grindstone
