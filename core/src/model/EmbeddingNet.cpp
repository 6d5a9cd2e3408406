#include "model/EmbeddingNet.h"

#include <torch/nn/functional/normalization.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/pooling.h>

namespace grindstone {

EmbeddingNetSpec embeddingNetSpec(const Config& config, const ImageSet& images) {
    EmbeddingNetSpec spec;
    spec.channels = images.channels;
    spec.imageSize = images.height;
    spec.embeddingDim = config.integer("embedding_dim");
    spec.normalize = config.flag("normalize");
    spec.gemP = config.real("gem_p");
    const std::string backbone = config.text("backbone");
    spec.deep = backbone == "deep" || (backbone == "auto" && images.height > 32);
    return spec;
}
namespace {

void addConvBlock(torch::nn::Sequential& seq, int64_t in, int64_t out) {
    seq->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
    seq->push_back(torch::nn::BatchNorm2d(out));
    seq->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
}

void addPool(torch::nn::Sequential& seq) {
    seq->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2)));
}

}  // namespace

EmbeddingNetImpl::EmbeddingNetImpl(const EmbeddingNetSpec& spec) : m_spec(spec) {
    torch::nn::Sequential seq;
    if (!spec.deep) {
        // Sized for 28-32 px glyph-like images: one conv per scale keeps a step cheap on CPU.
        addConvBlock(seq, spec.channels, 32);
        addPool(seq);
        addConvBlock(seq, 32, 64);
        addPool(seq);
        addConvBlock(seq, 64, 128);
        addConvBlock(seq, 128, 128);
    } else {
        // Larger images: a stride-2 stem, then two convs per scale.
        seq->push_back(torch::nn::Conv2d(
            torch::nn::Conv2dOptions(spec.channels, 32, 5).stride(2).padding(2).bias(false)));
        seq->push_back(torch::nn::BatchNorm2d(32));
        seq->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
        addConvBlock(seq, 32, 64);
        addPool(seq);
        addConvBlock(seq, 64, 64);
        addConvBlock(seq, 64, 128);
        addPool(seq);
        addConvBlock(seq, 128, 128);
        addConvBlock(seq, 128, 256);
    }
    const int64_t features = spec.deep ? 256 : 128;
    m_backbone = register_module("backbone", seq);
    m_pool = register_module("pool", GemPooling(spec.gemP));
    m_norm = register_module("norm", torch::nn::BatchNorm1d(features));
    m_embed = register_module("embed", torch::nn::Linear(features, spec.embeddingDim));
}

torch::Tensor EmbeddingNetImpl::forward(const torch::Tensor& images) {
    auto e = m_embed(m_norm(m_pool(m_backbone->forward(images))));
    if (m_spec.normalize)
        e = torch::nn::functional::normalize(
            e, torch::nn::functional::NormalizeFuncOptions().p(2).dim(1));
    return e;
}

}  // namespace grindstone
