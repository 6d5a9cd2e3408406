#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"

namespace grindstone {

/// Writes thumbnails/images.png (the images a run shows, as tiles on a square grid, the
/// projector's sprite layout) and thumbnails/images.json (tile size, grid columns, each tile's
/// dataset index and label), so galleries and pickers show images without the dataset.
/// Returns a warning instead of writing when the atlas would exceed a PNG side of 8192 px.
std::string writeThumbnails(const std::string& folder, const ImageSet& images,
                            const std::vector<int64_t>& datasetIndices);

}  // namespace grindstone
