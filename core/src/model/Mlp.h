#pragma once

#include <torch/nn/modules/container/sequential.h>

namespace grindstone {

/// How a generator maps its input. Plain: the MLP's output is the sample (docs/METHOD.md).
/// Residual: x + MLP(x) with the MLP's last layer zeroed, so a generator starts as the
/// identity and learns a displacement: it begins on the data manifold instead of at a random
/// point of the embedding space.
enum class GeneratorForm { Plain, Residual };

/// The normalisation inside a critic's hidden layers. BatchNorm in training mode makes a
/// critic blind to a batch's scale (u and 30u give the same outputs); LayerNorm normalises
/// each row on its own and None keeps the raw activations, so both see scale.
enum class CriticNorm { Batch, Layer, None };

/// The generators (G1, GS, G2, HDML's G): D -> 512 -> 256 -> 512 -> D, tanh then BatchNorm
/// after each hidden layer, dropout 0.1 after the first.
torch::nn::Sequential makeGenerator(int64_t dim, GeneratorForm form = GeneratorForm::Plain);

/// `generator` with its output divided by its L2 norm, so the samples it makes lie on the unit
/// sphere with the (normalised) real embeddings they stand for.
torch::nn::Sequential onUnitSphere(torch::nn::Sequential generator);

/// HDML's own generator: two fully connected layers, D -> 512 -> D with a ReLU between.
torch::nn::Sequential makeShallowGenerator(int64_t dim, GeneratorForm form = GeneratorForm::Plain);

/// The critics (D1, DS, and D2 with out = C + 1 classes): in -> 512 -> 256 -> 256 -> out,
/// leaky ReLU then the chosen normalisation, dropout 0.2.
torch::nn::Sequential makeDiscriminator(int64_t in, int64_t out,
                                        CriticNorm norm = CriticNorm::Batch);

}  // namespace grindstone
