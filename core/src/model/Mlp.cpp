#include "model/Mlp.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>

namespace grindstone {

torch::nn::Sequential makeGenerator(int64_t dim) {
    using namespace torch::nn;
    return Sequential(Linear(dim, 512), Tanh(), BatchNorm1d(512), Dropout(0.1), Linear(512, 256),
                      Tanh(), BatchNorm1d(256), Linear(256, 512), Tanh(), BatchNorm1d(512),
                      Linear(512, dim));
}

torch::nn::Sequential makeDiscriminator(int64_t in, int64_t out) {
    using namespace torch::nn;
    const auto leaky = LeakyReLUOptions().negative_slope(0.2);
    return Sequential(Linear(in, 512), LeakyReLU(leaky), BatchNorm1d(512), Dropout(0.2),
                      Linear(512, 256), LeakyReLU(leaky), BatchNorm1d(256), Dropout(0.2),
                      Linear(256, 256), LeakyReLU(leaky), BatchNorm1d(256), Linear(256, out));
}

}  // namespace grindstone
