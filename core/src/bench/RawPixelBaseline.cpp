#include "grindstone/bench/RawPixelBaseline.h"

#include <cstdio>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/bench/BenchPlan.h"
#include "grindstone/data/ClassSplit.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/UserFolders.h"
#include "runtime/Fnv1a.h"
#include "session/JsonIntegers.h"

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
    const RetrievalMetrics m =
        evaluateRetrieval(pixels, labels, recallKs(config),
                          static_cast<uint64_t>(config.integer("seed")), images.galleryFlags(test));
    baseline.metrics = metricsByKey(m);
    baseline.computed = true;
    return baseline;
}

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

/// FNV-1a over everything the floor depends on: the test images' pixels and labels (the whole
/// set, cheaper than splitting it first), their query / gallery roles and the options that
/// shape the evaluation.
std::string cacheKey(const ImageSet& images, const Config& config) {
    Fnv1a hash;
    hash.mix(images.pixelData(), images.pixelBytes());
    hash.mix(images.labels.data(), images.labels.size() * sizeof(images.labels[0]));
    std::string roles;
    for (bool gallery : images.inGallery)
        roles += gallery ? 'g' : 'q';
    hash.mix(roles);
    const int64_t shape[] = {images.channels, images.height, images.width};
    hash.mix(shape, sizeof(shape));
    for (const char* option :
         {"train_classes", "test_classes", "validation_classes", "recall_k", "seed"})
        hash.mix(std::string(option) + "=" + config.text(option) + ";");
    return hash.hex();
}

}  // namespace

std::string rawPixelBaselineJson(const RawPixelBaseline& baseline) {
    Json j;
    j["computed"] = baseline.computed;
    if (baseline.computed) {
        j["images"] = baseline.images;
        j["dimensions"] = baseline.dimensions;
        j["metrics"] = baseline.metrics;
    } else {
        j["skipped"] = baseline.skipped;
    }
    return j.dump(2) + "\n";
}

bool parseRawPixelBaseline(const std::string& text, RawPixelBaseline& baseline) {
    const Json j = Json::parse(text, nullptr, false);
    if (!j.is_object()) return false;
    RawPixelBaseline parsed;
    if (j.value("computed", false) && j.contains("metrics") && j["metrics"].is_object()) {
        parsed.computed = true;
        try {
            parsed.images = jsonfields::integerOr<int64_t>(j, "images", 0);
            parsed.dimensions = jsonfields::integerOr<int64_t>(j, "dimensions", 0);
        } catch (const Json::exception&) {
            return false;  // a damaged cache is recomputed, like an unparsable one
        }
        for (const auto& [key, value] : j["metrics"].items())
            if (value.is_number()) parsed.metrics[key] = value.get<double>();
    } else if (j.contains("skipped") && j["skipped"].is_string()) {
        parsed.skipped = j["skipped"].get<std::string>();
    } else {
        return false;
    }
    baseline = std::move(parsed);
    return true;
}

RawPixelBaseline cachedRawPixelBaseline(const ImageSet& images, const Config& config,
                                        const std::string& cacheFolder) {
    const fs::path folder = cacheFolder.empty() ? fs::path(userCacheFolder()) / "raw-pixel-floor"
                                                : fs::path(cacheFolder);
    const fs::path file = folder / (cacheKey(images, config) + ".json");
    RawPixelBaseline baseline;
    std::error_code error;
    if (fs::exists(file, error)) {
        try {
            if (parseRawPixelBaseline(readWholeFile(file.string()), baseline)) return baseline;
        } catch (const InputError&) {
            // unreadable: computed again below
        }
    }
    baseline = computeRawPixelBaseline(images, config);
    try {
        fs::create_directories(folder, error);
        writeFileAtomically(file.string(), rawPixelBaselineJson(baseline));
    } catch (const InputError&) {
        // a cache that cannot be written only costs the computation next time
    }
    return baseline;
}

std::string floorVerdict(const std::map<std::string, double>& runMetrics,
                         const RawPixelBaseline& floor) {
    if (!floor.computed) return {};
    std::string above, below;
    char part[96];
    for (const auto& [key, name] :
         {std::pair<std::string, const char*>{"recall_at_1", "Recall@1"}, {"map_at_r", "MAP@R"}}) {
        const auto run = runMetrics.find(key);
        const auto raw = floor.metrics.find(key);
        if (run == runMetrics.end() || raw == floor.metrics.end()) return {};
        const double difference = run->second - raw->second;  // fractions; printed in points
        std::snprintf(part, sizeof(part), "%s (%+.2f)", name, 100 * difference);
        std::string& side = difference >= 0 ? above : below;
        side += (side.empty() ? "" : " and ") + std::string(part);
    }
    if (below.empty()) return "above the raw-pixel floor on " + above;
    std::string line = "below the raw-pixel floor on " + below;
    if (!above.empty()) line += ", above it on " + above;
    return line + ": on this data the embedding retrieves worse than the images' own pixels";
}

}  // namespace grindstone
