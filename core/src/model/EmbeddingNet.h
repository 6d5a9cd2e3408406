#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "model/GemPooling.h"
#include "model/ScriptBackbone.h"
#include "model/SyncedBatchNorm.h"

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
    bool torchscript = false;  ///< backbone = torchscript
    std::string scriptModule;  ///< its file (backbone_module)
    bool freezeBackbone = false;
    bool freezeBackboneNorm = false;
    /// Per-channel input scale, x = (pixel / 255 - mean[c]) / std[c]: kPixelMean / kPixelStd
    /// for the built-in backbones; for a TorchScript one its options, else its `mean` / `std`
    /// attributes, else those. Empty until the network is built (then one value per channel).
    std::vector<double> inputMean, inputStd;
};

/// The network's shape for a run: channels and size from the dataset, the rest from the config
/// (backbone "auto" = the deeper one above 32 px).
EmbeddingNetSpec embeddingNetSpec(const Config& config, const ImageSet& images);

/// f(x) of docs/METHOD.md: CNN backbone -> GeM pooling -> BatchNorm -> Linear(embedding). The
/// backbone is one of ours or a user's TorchScript module (pooled only when it returns maps).
class EmbeddingNetImpl : public torch::nn::Module {
public:
    explicit EmbeddingNetImpl(const EmbeddingNetSpec& spec);
    /// N x C x H x W images, or N x F rows of backbone features (featureSize() columns, from
    /// features()), which skip the backbone: a frozen backbone's features are computed once.
    torch::Tensor forward(const torch::Tensor& input);
    /// The backbone and its pooling: what the head (BatchNorm + Linear) reads.
    torch::Tensor features(const torch::Tensor& images);
    int64_t featureSize() const { return m_featureSize; }
    /// The spec with the input scale resolved.
    const EmbeddingNetSpec& spec() const { return m_spec; }
    /// The user's TorchScript backbone, or null for the built-in ones.
    ScriptBackbone& scriptBackbone() { return m_script; }
    const ScriptBackbone& scriptBackbone() const { return m_script; }

private:
    EmbeddingNetSpec m_spec;
    int64_t m_featureSize = 0;
    torch::nn::Sequential m_backbone{nullptr};
    ScriptBackbone m_script{nullptr};
    GemPooling m_pool{nullptr};
    SyncedBatchNorm m_norm{nullptr};
    torch::nn::Linear m_embed{nullptr};
};
TORCH_MODULE(EmbeddingNet);

}  // namespace grindstone
