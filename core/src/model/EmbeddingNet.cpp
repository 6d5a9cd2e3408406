#include "model/EmbeddingNet.h"

#include <torch/nn/functional/normalization.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/pooling.h>

#include <cmath>
#include <optional>

#include "grindstone/Error.h"

namespace grindstone {
namespace {

/// A per-channel option ("0.485,0.456,0.406", or one value for every channel); empty = unset.
std::vector<double> channelValues(const Config& config, const char* option, int64_t channels) {
    const std::string text = config.text(option);
    std::vector<double> values;
    size_t start = 0;
    while (text.find_first_not_of(" ", start) != std::string::npos) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        char* end = nullptr;
        const double value = std::strtod(item.c_str(), &end);
        if (end == item.c_str() || std::string(end).find_first_not_of(" ") != std::string::npos ||
            !std::isfinite(value))
            throw InputError("option '" + std::string(option) + "': '" + item +
                             "' is not a number (expected one value per channel, like "
                             "0.485,0.456,0.406)");
        values.push_back(value);
        start = comma + 1;
    }
    if (values.size() == 1) values.assign(static_cast<size_t>(channels), values.front());
    if (!values.empty() && static_cast<int64_t>(values.size()) != channels)
        throw InputError("option '" + std::string(option) + "': " + std::to_string(values.size()) +
                         " values for " + std::to_string(channels) + " channels");
    return values;
}

/// The input scale actually used: the spec's, else the script backbone's own, else ours.
std::vector<double> resolvedScale(const std::vector<double>& given,
                                  const std::vector<double>& fromModule, double builtIn,
                                  int64_t channels) {
    if (!given.empty()) return given;
    if (static_cast<int64_t>(fromModule.size()) == channels) return fromModule;
    return std::vector<double>(static_cast<size_t>(channels), builtIn);
}

void addConvBlock(torch::nn::Sequential& seq, int64_t in, int64_t out) {
    seq->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
    seq->push_back(SyncedBatchNorm(out));
    seq->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
}

void addPool(torch::nn::Sequential& seq) {
    seq->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2)));
}

}  // namespace

EmbeddingNetSpec embeddingNetSpec(const Config& config, const ImageSet& images) {
    EmbeddingNetSpec spec;
    spec.channels = images.channels;
    spec.imageSize = images.height;
    spec.embeddingDim = config.integer("embedding_dim");
    spec.normalize = config.flag("normalize");
    spec.gemP = config.real("gem_p");
    const std::string backbone = config.text("backbone");
    spec.deep = backbone == "deep" || (backbone == "auto" && images.height > 32);
    if (backbone == "torchscript") {
        spec.torchscript = true;
        spec.scriptModule = config.text("backbone_module");
        spec.freezeBackbone = config.flag("freeze_backbone");
        spec.freezeBackboneNorm = config.flag("freeze_backbone_bn");
        spec.inputMean = channelValues(config, "backbone_mean", spec.channels);
        spec.inputStd = channelValues(config, "backbone_std", spec.channels);
    }
    return spec;
}

/// Our own CNNs: one conv per scale for 28-32 px glyph-like images (a cheap step on CPU), or a
/// stride-2 stem and two convs per scale for larger images.
torch::nn::Sequential builtInBackbone(const EmbeddingNetSpec& spec) {
    torch::nn::Sequential seq;
    if (!spec.deep) {
        addConvBlock(seq, spec.channels, 32);
        addPool(seq);
        addConvBlock(seq, 32, 64);
        addPool(seq);
        addConvBlock(seq, 64, 128);
        addConvBlock(seq, 128, 128);
    } else {
        seq->push_back(torch::nn::Conv2d(
            torch::nn::Conv2dOptions(spec.channels, 32, 5).stride(2).padding(2).bias(false)));
        seq->push_back(SyncedBatchNorm(32));
        seq->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
        addConvBlock(seq, 32, 64);
        addPool(seq);
        addConvBlock(seq, 64, 64);
        addConvBlock(seq, 64, 128);
        addPool(seq);
        addConvBlock(seq, 128, 128);
        addConvBlock(seq, 128, 256);
    }
    return seq;
}

EmbeddingNetImpl::EmbeddingNetImpl(const EmbeddingNetSpec& spec) : m_spec(spec) {
    bool pooled = true;
    if (!spec.torchscript) {
        m_backbone = register_module("backbone", builtInBackbone(spec));
        m_featureSize = spec.deep ? 256 : 128;
    } else {
        m_script = register_module(
            "backbone", ScriptBackbone(spec.scriptModule, spec.channels, spec.imageSize));
        if (spec.freezeBackbone) m_script->freeze();
        if (spec.freezeBackboneNorm) m_script->freezeBatchNorm();
        m_featureSize = m_script->info().features;
        pooled = m_script->info().spatial;
    }
    const std::vector<double> moduleMean = m_script ? m_script->info().mean : std::vector<double>{};
    const std::vector<double> moduleStd = m_script ? m_script->info().std : std::vector<double>{};
    m_spec.inputMean = resolvedScale(spec.inputMean, moduleMean, kPixelMean, spec.channels);
    m_spec.inputStd = resolvedScale(spec.inputStd, moduleStd, kPixelStd, spec.channels);
    if (pooled) m_pool = register_module("pool", GemPooling(spec.gemP));
    // A frozen backbone's features may be computed once (feature mode), pooled with this p:
    // it stays at gem_p, or the features would no longer be the network's.
    if (m_pool && m_script && spec.freezeBackbone)
        for (auto& p : m_pool->parameters())
            p.set_requires_grad(false);
    m_norm = register_module("norm", SyncedBatchNorm(m_featureSize));
    m_embed = register_module("embed", torch::nn::Linear(m_featureSize, spec.embeddingDim));
}

torch::Tensor EmbeddingNetImpl::features(const torch::Tensor& images) {
    if (!m_script) return m_pool(m_backbone->forward(images));
    std::optional<torch::NoGradGuard> frozen;  // no graph through weights that do not train
    if (m_script->frozen()) frozen.emplace();
    const torch::Tensor maps = m_script->forward(images);
    return m_pool ? m_pool(maps) : maps;
}

torch::Tensor EmbeddingNetImpl::forward(const torch::Tensor& input) {
    auto e = m_embed(m_norm(input.dim() == 2 ? input : features(input)));
    if (m_spec.normalize)
        e = torch::nn::functional::normalize(
            e, torch::nn::functional::NormalizeFuncOptions().p(2).dim(1));
    return e;
}

}  // namespace grindstone
