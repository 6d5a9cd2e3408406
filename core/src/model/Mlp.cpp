#include "model/Mlp.h"

#include <torch/nn/functional/normalization.h>
#include <torch/nn/init.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

namespace grindstone {
namespace {

/// x + body(x). The body's last Linear starts at zero, so the block starts as the identity.
class ResidualImpl : public torch::nn::Module {
public:
    explicit ResidualImpl(torch::nn::Sequential body)
        : m_body(register_module("body", std::move(body))) {
        torch::NoGradGuard noGrad;
        auto last = m_body->ptr(m_body->size() - 1)->as<torch::nn::Linear>();
        last->weight.zero_();
        last->bias.zero_();
    }
    torch::Tensor forward(const torch::Tensor& x) { return x + m_body->forward(x); }

private:
    torch::nn::Sequential m_body;
};
TORCH_MODULE(Residual);

/// Each row divided by its L2 norm (no parameters).
class UnitRowsImpl : public torch::nn::Module {
public:
    torch::Tensor forward(const torch::Tensor& x) {
        namespace F = torch::nn::functional;
        return F::normalize(x, F::NormalizeFuncOptions().p(2).dim(1));
    }
};
TORCH_MODULE(UnitRows);

torch::nn::Sequential withForm(torch::nn::Sequential body, GeneratorForm form) {
    if (form == GeneratorForm::Plain) return body;
    return torch::nn::Sequential(Residual(std::move(body)));
}

torch::nn::AnyModule criticNorm(int64_t width, CriticNorm norm) {
    using namespace torch::nn;
    switch (norm) {
        case CriticNorm::Batch:
            return AnyModule(BatchNorm1d(width));
        case CriticNorm::Layer:
            return AnyModule(LayerNorm(LayerNormOptions({width})));
        case CriticNorm::None:
            break;
    }
    return AnyModule(Identity());
}

}  // namespace

torch::nn::Sequential makeGenerator(int64_t dim, GeneratorForm form) {
    using namespace torch::nn;
    return withForm(Sequential(Linear(dim, 512), Tanh(), BatchNorm1d(512), Dropout(0.1),
                               Linear(512, 256), Tanh(), BatchNorm1d(256), Linear(256, 512), Tanh(),
                               BatchNorm1d(512), Linear(512, dim)),
                    form);
}

torch::nn::Sequential onUnitSphere(torch::nn::Sequential generator) {
    generator->push_back(UnitRows());
    return generator;
}

torch::nn::Sequential makeShallowGenerator(int64_t dim, GeneratorForm form) {
    using namespace torch::nn;
    return withForm(Sequential(Linear(dim, 512), ReLU(), Linear(512, dim)), form);
}

torch::nn::Sequential makeDiscriminator(int64_t in, int64_t out, CriticNorm norm) {
    using namespace torch::nn;
    const auto leaky = LeakyReLUOptions().negative_slope(0.2);
    Sequential net;
    net->push_back(Linear(in, 512));
    net->push_back(LeakyReLU(leaky));
    net->push_back(criticNorm(512, norm));
    net->push_back(Dropout(0.2));
    net->push_back(Linear(512, 256));
    net->push_back(LeakyReLU(leaky));
    net->push_back(criticNorm(256, norm));
    net->push_back(Dropout(0.2));
    net->push_back(Linear(256, 256));
    net->push_back(LeakyReLU(leaky));
    net->push_back(criticNorm(256, norm));
    net->push_back(Linear(256, out));
    return net;
}

}  // namespace grindstone
