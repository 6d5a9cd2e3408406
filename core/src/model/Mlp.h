#pragma once

#include <torch/nn/modules/container/sequential.h>

namespace grindstone {

/// The generators of METHOD.md (G1, GS, G2, HDML's G): D -> 512 -> 256 -> 512 -> D, tanh then
/// BatchNorm after each hidden layer, dropout 0.1 after the first.
torch::nn::Sequential makeGenerator(int64_t dim);

/// The binary discriminators (D1, DS): in -> 512 -> 256 -> 256 -> out, leaky ReLU + BatchNorm,
/// dropout 0.2. D2 uses it with out = C + 1 classes.
torch::nn::Sequential makeDiscriminator(int64_t in, int64_t out);

}  // namespace grindstone
