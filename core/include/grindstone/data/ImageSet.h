#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "grindstone/data/PixelFile.h"

namespace grindstone {

/// A labelled set of images held as bytes, channel-planar (CHW) per image, row-major.
struct ImageSet {
    int64_t channels = 1;
    int64_t height = 0;
    int64_t width = 0;
    /// size() * imageBytes() bytes in memory; empty when `pixelFile` holds them.
    std::vector<uint8_t> pixels;
    /// Large sets: the pixels decoded into a mapped file on disk. Copies of the set share it;
    /// it is written only while the set is read.
    std::shared_ptr<PixelFile> pixelFile;
    std::vector<int> labels;              ///< one per image, in [0, classNames.size())
    std::vector<std::string> classNames;  ///< label -> name (IDX: the label's number)
    /// Per class, the dataset's official split ("train" / "test"); empty when it has none.
    std::vector<std::string> classSplit;
    std::string source;  ///< where it was read from (for messages)

    int64_t size() const { return static_cast<int64_t>(labels.size()); }
    int64_t imageBytes() const { return channels * height * width; }
    /// Every image's pixels, one after the other, wherever they are kept.
    const uint8_t* pixelData() const { return pixelFile ? pixelFile->data() : pixels.data(); }
    uint64_t pixelBytes() const { return pixelFile ? pixelFile->size() : pixels.size(); }
    const uint8_t* image(int64_t i) const { return pixelData() + i * imageBytes(); }
};

}  // namespace grindstone
