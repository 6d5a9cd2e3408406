#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"

namespace grindstone {

/// TensorBoard's projector refuses sprites larger than this (pixels per side).
constexpr int64_t kSpriteSideLimit = 8192;

/// One sprite tile: a dataset image, optionally framed in a colour (RGB).
struct SpriteTile {
    int64_t imageIndex = 0;
    bool framed = false;
    std::array<uint8_t, 3> frame{};
};

/// Side of the square tile grid TensorBoard expects for `tiles` tiles: ceil(sqrt(tiles)).
int64_t spriteGridSide(int64_t tiles);

/// The sprite as PNG bytes: tiles row-major on a ceil(sqrt(n)) grid, each as large as one
/// image of `images` or, when `maxTileSide` is above 0 and smaller, shrunk to fit that many
/// pixels a side; unused cells black. Throws InputError naming `path` when the sprite would
/// exceed kSpriteSideLimit.
std::string encodeSprite(const ImageSet& images, const std::vector<SpriteTile>& tiles,
                         const std::string& path, int64_t maxTileSide = 0);

/// The tile size encodeSprite uses for `images` under `maxTileSide` (width, height).
std::array<int64_t, 2> spriteTileSize(const ImageSet& images, int64_t maxTileSide);

}  // namespace grindstone
