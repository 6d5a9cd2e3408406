#pragma once

#include <cstdint>
#include <string>

#include "model/EmbeddingNet.h"

namespace grindstone {

/// The eval-mode forward of `net` as a serialised TorchScript module (the bytes of a .pt file
/// that torch::jit::load and Python's torch.jit.load run). LibTorch's C++ API has no tracer,
/// so the module is assembled: the weights and BatchNorm running statistics are registered as
/// parameters / buffers and a TorchScript `forward` replays the backbone layer by layer.
/// Attributes input_channels, input_height, input_width, embedding_dim, normalize,
/// pixel_mean, pixel_std, backbone and checkpoint_step tell scripts what to feed.
std::string torchScriptArchive(EmbeddingNetImpl& net, int64_t height, int64_t width,
                               int64_t checkpointStep);

}  // namespace grindstone
