#include "quality/DecoderNet.h"

namespace grindstone::quality {

DecoderNetImpl::DecoderNetImpl(int64_t embeddingDim, int64_t pixels) {
    mean = register_buffer("mean", torch::zeros({1, embeddingDim}));
    scale = register_buffer("scale", torch::ones({1, embeddingDim}));
    layers = register_module(
        "layers", torch::nn::Sequential(torch::nn::Linear(embeddingDim, 512), torch::nn::ReLU(),
                                        torch::nn::Linear(512, 1024), torch::nn::ReLU(),
                                        torch::nn::Linear(1024, pixels), torch::nn::Sigmoid()));
}

torch::Tensor DecoderNetImpl::forward(const torch::Tensor& embeddings) {
    return layers->forward((embeddings - mean) / scale);
}

}  // namespace grindstone::quality
