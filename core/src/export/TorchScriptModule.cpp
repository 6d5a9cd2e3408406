#include "export/TorchScriptModule.h"

#include <cstdio>
#include <sstream>
#include <stdexcept>

#include <torch/csrc/jit/api/module.h>

namespace grindstone {
namespace {

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof(text), "%.17g", v);  // round-trips the double exactly
    return text;
}

std::string intList(c10::IntArrayRef values) {
    std::string out = "[";
    for (size_t i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + std::to_string(values[i]);
    return out + "]";
}

[[noreturn]] void unsupported(const std::string& what) {
    // The exporter and EmbeddingNet live in the same program: reaching this means the network
    // gained a layer the exporter does not know yet, a programming error, not bad input.
    throw std::logic_error("TorchScript export does not support " + what);
}

/// Writes the TorchScript source of `forward` while registering the tensors it reads.
class ScriptWriter {
public:
    explicit ScriptWriter(torch::jit::Module& module) : m_module(module) {}

    std::string parameter(const std::string& name, const torch::Tensor& t) {
        auto copy = t.detach().clone();
        copy.set_requires_grad(t.requires_grad());
        m_module.register_parameter(name, copy, /*is_buffer=*/false);
        return "self." + name;
    }
    std::string buffer(const std::string& name, const torch::Tensor& t) {
        m_module.register_buffer(name, t.detach().clone());
        return "self." + name;
    }
    void line(const std::string& code) { m_body += "    " + code + "\n"; }
    std::string source() const { return "def forward(self, x):\n" + m_body + "    return x\n"; }

    void conv(const std::string& name, torch::nn::Conv2dImpl& conv) {
        const auto& o = conv.options;
        const auto* padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
        if (!padding || !c10::get_if<torch::enumtype::kZeros>(&o.padding_mode()))
            unsupported("a Conv2d without explicit zero padding");
        const std::string bias = o.bias() ? parameter(name + "_bias", conv.bias) : "None";
        line("x = torch.conv2d(x, " + parameter(name + "_weight", conv.weight) + ", " + bias +
             ", " + intList(*o.stride()) + ", " + intList(**padding) + ", " +
             intList(*o.dilation()) + ", " + std::to_string(o.groups()) + ")");
    }

    template <typename BatchNormImpl>
    void batchNorm(const std::string& name, BatchNormImpl& bn) {
        const auto& o = bn.options;
        if (!o.affine() || !o.track_running_stats())
            unsupported("a BatchNorm without affine weights and running statistics");
        // Eval mode: the running statistics normalise; momentum is unused then.
        line("x = torch.batch_norm(x, " + parameter(name + "_weight", bn.weight) + ", " +
             parameter(name + "_bias", bn.bias) + ", " +
             buffer(name + "_running_mean", bn.running_mean) + ", " +
             buffer(name + "_running_var", bn.running_var) + ", False, 0.0, " + number(o.eps()) +
             ", True)");
    }

    void maxPool(torch::nn::MaxPool2dImpl& pool) {
        const auto& o = pool.options;
        line("x = torch.max_pool2d(x, " + intList(*o.kernel_size()) + ", " + intList(*o.stride()) +
             ", " + intList(*o.padding()) + ", " + intList(*o.dilation()) + ", " +
             (o.ceil_mode() ? "True" : "False") + ")");
    }

    void layer(const std::string& name, torch::nn::Module& m) {
        if (auto* c = m.as<torch::nn::Conv2d>())
            conv(name, *c);
        else if (auto* bn = m.as<SyncedBatchNorm>())
            batchNorm(name, *bn);
        else if (m.as<torch::nn::ReLU>())
            line("x = torch.relu(x)");
        else if (auto* p = m.as<torch::nn::MaxPool2d>())
            maxPool(*p);
        else
            unsupported("backbone layer " + m.name());
    }

private:
    torch::jit::Module& m_module;
    std::string m_body;
};

std::shared_ptr<torch::nn::Module> child(torch::nn::Module& net, const std::string& name) {
    const auto children = net.named_children();
    const auto* found = children.find(name);
    if (!found) unsupported("an EmbeddingNet without '" + name + "'");
    return *found;
}

}  // namespace

std::string torchScriptArchive(EmbeddingNetImpl& net, int64_t height, int64_t width,
                               int64_t checkpointStep) {
    const EmbeddingNetSpec& spec = net.spec();
    torch::jit::Module module("grindstone.EmbeddingNet");
    ScriptWriter script(module);

    ScriptBackbone& userBackbone = net.scriptBackbone();
    if (userBackbone) {
        // The user's own module, with the weights this run trained, runs as it is.
        // (Not "backbone": that attribute names the kind of backbone.)
        module.register_module("script_backbone", userBackbone->script().clone());
        script.line("x = self.script_backbone.forward(x)");
    } else {
        auto backbone = child(net, "backbone");
        for (const auto& item : backbone->named_children())
            script.layer("backbone_" + item.key(), *item.value());
    }

    // GeM pooling with the learned p, as GemPoolingImpl::forward computes it (1 / p by the
    // same fill-and-divide LibTorch's scalar / tensor operator uses); a backbone that returns
    // N x F features has nothing to pool.
    if (!userBackbone || userBackbone->info().spatial) {
        const auto poolParameters = child(net, "pool")->named_parameters(false);
        const auto* p = poolParameters.find("p");
        if (!p) unsupported("a GeM pooling without p");
        const std::string gemP = script.parameter("pool_p", *p);
        script.line("x = x.clamp_min(" + number(GemPoolingImpl::kDefaultEps) + ").pow(" + gemP +
                    ").mean([2, 3]).pow(" + "torch.full_like(" + gemP + ", 1.0) / " + gemP + ")");
    }

    auto* norm = child(net, "norm")->as<SyncedBatchNorm>();
    auto* embed = child(net, "embed")->as<torch::nn::Linear>();
    if (!norm || !embed) unsupported("an EmbeddingNet head other than BatchNorm1d + Linear");
    script.batchNorm("norm", *norm);
    script.line("x = torch.linear(x, " + script.parameter("embed_weight", embed->weight) + ", " +
                script.parameter("embed_bias", embed->bias) + ")");

    // torch::nn::functional::normalize(p = 2, dim = 1) with its default eps, as in training.
    const double normEps = torch::nn::functional::NormalizeFuncOptions().eps();
    script.line("if self.normalize:");
    script.line("    x = x / x.norm(2.0, [1], True).clamp_min(" + number(normEps) +
                ").expand_as(x)");

    module.register_attribute("normalize", c10::BoolType::get(), spec.normalize);
    module.register_attribute("input_channels", c10::IntType::get(), spec.channels);
    module.register_attribute("input_height", c10::IntType::get(), height);
    module.register_attribute("input_width", c10::IntType::get(), width);
    module.register_attribute("embedding_dim", c10::IntType::get(), spec.embeddingDim);
    // x = (pixel / 255 - channel_mean[c]) / channel_std[c]; pixel_mean / pixel_std hold the
    // single scale of the built-in backbones.
    const auto floatList = c10::ListType::create(c10::FloatType::get());
    module.register_attribute("channel_mean", floatList, c10::List<double>(spec.inputMean));
    module.register_attribute("channel_std", floatList, c10::List<double>(spec.inputStd));
    if (!userBackbone) {
        module.register_attribute("pixel_mean", c10::FloatType::get(), kPixelMean);
        module.register_attribute("pixel_std", c10::FloatType::get(), kPixelStd);
    }
    module.register_attribute("backbone", c10::StringType::get(),
                              std::string(userBackbone ? "torchscript"
                                          : spec.deep  ? "deep"
                                                       : "small"));
    module.register_attribute("checkpoint_step", c10::IntType::get(), checkpointStep);
    if (!module.hasattr("training"))
        module.register_attribute("training", c10::BoolType::get(), false);
    module.define(script.source());
    module.eval();

    std::ostringstream out(std::ios::binary);
    module.save(out);
    return out.str();
}

}  // namespace grindstone
