#pragma once

namespace grindstone::quality {

/// Embedding -> image: standardise the embedding (its scale differs from run to run), then an
/// MLP with a sigmoid output, pixels in [0, 1]. An MLP fits any image size without a
/// size-specific upsampling stack; the images here are small (28x28, 32x32).
struct DecoderNetImpl : torch::nn::Module {
    DecoderNetImpl(int64_t embeddingDim, int64_t pixels);
    torch::Tensor forward(const torch::Tensor& embeddings);

    torch::Tensor mean, scale;  // buffers: standardisation of the embeddings
    torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(DecoderNet);

}  // namespace grindstone::quality
