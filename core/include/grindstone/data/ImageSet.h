#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace grindstone {

/// A labelled set of images held as bytes, channel-planar (CHW) per image, row-major.
struct ImageSet {
    int64_t channels = 1;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint8_t> pixels;          ///< size() * channels * height * width bytes
    std::vector<int> labels;              ///< one per image, in [0, classNames.size())
    std::vector<std::string> classNames;  ///< label -> name (IDX: the label's number)
    /// Per class, the dataset's official split ("train" / "test"); empty when it has none.
    std::vector<std::string> classSplit;
    std::string source;  ///< where it was read from (for messages)

    int64_t size() const { return static_cast<int64_t>(labels.size()); }
    int64_t imageBytes() const { return channels * height * width; }
    const uint8_t* image(int64_t i) const { return pixels.data() + i * imageBytes(); }
};

}  // namespace grindstone
