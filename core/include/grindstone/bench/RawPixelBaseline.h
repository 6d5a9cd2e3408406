#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"

namespace grindstone {

/// The floor an embedding has to beat: the retrieval and clustering figures of the test
/// classes' raw pixel vectors, with the same protocol as a run's final evaluation.
struct RawPixelBaseline {
    bool computed = false;
    std::map<std::string, double> metrics;  ///< keys as run.json's final_metrics
    int64_t images = 0;                     ///< test images
    int64_t dimensions = 0;                 ///< pixels per image
    std::string skipped;                    ///< why it was not computed
};

/// Above this many pixel values (test images x pixels per image) the baseline is skipped:
/// its distances cost as much as evaluating a run with embeddings that wide.
constexpr int64_t kRawPixelMaxValues = 64'000'000;

/// Evaluates the pixels (scaled to [0, 1]) of the test images of `images`, split as the config
/// says, with the config's Recall@K Ks and k-means seed. Throws InputError on a bad split (as
/// training would).
RawPixelBaseline computeRawPixelBaseline(const ImageSet& images, const Config& config,
                                         int64_t maxValues = kRawPixelMaxValues);

/// computeRawPixelBaseline, kept in `cacheFolder` (default: userCacheFolder()/raw-pixel-floor)
/// under a key made of the images' content, the split and the evaluation options, so a dataset
/// and split cost it once. A damaged or unwritable cache only means computing again.
RawPixelBaseline cachedRawPixelBaseline(const ImageSet& images, const Config& config,
                                        const std::string& cacheFolder = {});

/// The baseline as JSON ({"computed", "images", "dimensions", "metrics"} or {"computed":
/// false, "skipped"}), and back: false for text that is not such an object.
std::string rawPixelBaselineJson(const RawPixelBaseline& baseline);
bool parseRawPixelBaseline(const std::string& text, RawPixelBaseline& baseline);

/// One line that says whether the run's final figures are above the floor on Recall@1 and
/// MAP@R, with the differences in points, e.g. "below the raw-pixel floor on Recall@1
/// (-6.15): the embedding retrieves worse than the images' own pixels". Empty when either side
/// lacks the figures.
std::string floorVerdict(const std::map<std::string, double>& runMetrics,
                         const RawPixelBaseline& floor);

}  // namespace grindstone
