#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace grindstone {

/// thumbnails/images.json of a run folder: where each dataset image sits in
/// thumbnails/images.png (tiles on a grid, row by row).
struct ThumbnailIndex {
    int tileWidth = 0, tileHeight = 0;
    int gridColumns = 1;
    std::vector<int64_t> datasetIndices;  ///< the image of each tile, in tile order
    std::vector<int> labels;              ///< its class label (-1 when not an integer)
    std::string spritePath;               ///< the PNG the tiles are in
};

/// Reads `runFolder`/thumbnails/images.json. Throws InputError naming the file when it is
/// missing, not JSON, or lacks a positive tile size and grid, or its lists differ in length.
ThumbnailIndex readThumbnailIndex(const std::string& runFolder);

}  // namespace grindstone
