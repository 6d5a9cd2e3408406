#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "model/GemPooling.h"

namespace grindstone {

/// Scale of the images the network is fed: x = (pixel / 255 - kPixelMean) / kPixelStd, values
/// in [-2, 2]. The trainer feeds it; the exported TorchScript module expects it and records it.
constexpr double kPixelMean = 0.5;
constexpr double kPixelStd = 0.25;

struct EmbeddingNetSpec {
    int64_t channels = 1;
    int64_t imageSize = 28;
    int64_t embeddingDim = 128;
    bool deep = false;  ///< deeper backbone for images larger than 32 px
    bool normalize = false;
    double gemP = 3.0;
};

/// The network's shape for a run: channels and size from the dataset, the rest from the config
/// (backbone "auto" = the deeper one above 32 px).
EmbeddingNetSpec embeddingNetSpec(const Config& config, const ImageSet& images);

/// f(x) of docs/METHOD.md: CNN backbone -> GeM pooling -> BatchNorm -> Linear(embedding).
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
