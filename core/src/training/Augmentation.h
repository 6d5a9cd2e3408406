// Training-time augmentation of image batches, drawn from the trainer's own random engine so a
// resumed run sees the same crops and flips as an uninterrupted one.
#pragma once

#include <random>

#include <torch/types.h>

namespace grindstone {

struct AugmentationSettings {
    bool crop = false;  ///< random resized crop: 16-100 % of the area, aspect 3:4 to 4:3
    bool flip = false;  ///< horizontal flip with probability 1/2
};

/// `augmentation` option text -> settings: none, flip, crop, crop-flip.
AugmentationSettings augmentationSettings(const std::string& option);

/// Each image of the N x C x H x W batch cropped and / or flipped independently; the batch
/// keeps its shape (crops are resized back bilinearly). Returns `images` itself when
/// `settings` asks for nothing.
torch::Tensor augmentImages(const torch::Tensor& images, const AugmentationSettings& settings,
                            std::mt19937_64& rng);

}  // namespace grindstone
