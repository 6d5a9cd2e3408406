#include "grindstone/bench/RawPixelBaseline.h"

#include "grindstone/bench/BenchPlan.h"
#include "grindstone/data/ClassSplit.h"
#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {

RawPixelBaseline computeRawPixelBaseline(const ImageSet& images, const Config& config,
                                         int64_t maxValues) {
    RawPixelBaseline baseline;
    std::vector<std::string> warnings;
    const ClassSplit split =
        makeClassSplit(images, config.text("train_classes"), config.text("test_classes"),
                       config.text("validation_classes"), warnings);
    const std::vector<int64_t> test = indicesOfClasses(images, split.testClasses);
    baseline.images = static_cast<int64_t>(test.size());
    baseline.dimensions = images.imageBytes();
    if (baseline.images * baseline.dimensions > maxValues) {
        baseline.skipped = std::to_string(baseline.images) + " test images x " +
                           std::to_string(baseline.dimensions) +
                           " pixels is too large for the raw-pixel baseline";
        return baseline;
    }

    Matrix pixels(baseline.images, baseline.dimensions);
    std::vector<int> labels;
    labels.reserve(test.size());
    for (int64_t row = 0; row < baseline.images; ++row) {
        const int64_t index = test[static_cast<size_t>(row)];
        const uint8_t* image = images.image(index);
        float* out = pixels.row(row);
        for (int64_t i = 0; i < baseline.dimensions; ++i)
            out[i] = static_cast<float>(image[i]) / 255.0f;
        labels.push_back(images.labels[static_cast<size_t>(index)]);
    }
    const RetrievalMetrics m = evaluateRetrieval(pixels, labels, recallKs(config),
                                                 static_cast<uint64_t>(config.integer("seed")));
    for (const auto& [k, v] : m.recallAtK)
        baseline.metrics["recall_at_" + std::to_string(k)] = v;
    baseline.metrics["nmi"] = m.nmi;
    baseline.metrics["f1"] = m.f1;
    baseline.metrics["map_at_r"] = m.mapAtR;
    baseline.metrics["r_precision"] = m.rPrecision;
    baseline.computed = true;
    return baseline;
}

}  // namespace grindstone
