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
    /// Per image, for layouts evaluated as query / gallery (In-Shop Clothes): true for a
    /// gallery image, false for a query (and for training images). Empty: the test images are
    /// evaluated leave-one-out, each against all the others.
    std::vector<bool> inGallery;
    std::string source;  ///< where it was read from (for messages)

    int64_t size() const { return static_cast<int64_t>(labels.size()); }
    int64_t imageBytes() const { return channels * height * width; }
    /// Every image's pixels, one after the other, wherever they are kept.
    const uint8_t* pixelData() const { return pixelFile ? pixelFile->data() : pixels.data(); }
    uint64_t pixelBytes() const { return pixelFile ? pixelFile->size() : pixels.size(); }
    const uint8_t* image(int64_t i) const { return pixelData() + i * imageBytes(); }
    /// The gallery flags of `indices` as evaluateRetrieval takes them: empty when the set has
    /// no query / gallery roles, or when `indices` hold only one of them (then they are
    /// evaluated leave-one-out).
    std::vector<bool> galleryFlags(const std::vector<int64_t>& indices) const {
        if (inGallery.empty()) return {};
        std::vector<bool> flags;
        flags.reserve(indices.size());
        size_t gallery = 0;
        for (int64_t i : indices) {
            flags.push_back(inGallery[static_cast<size_t>(i)]);
            gallery += flags.back() ? 1 : 0;
        }
        if (gallery == 0 || gallery == flags.size()) return {};
        return flags;
    }
};

}  // namespace grindstone
