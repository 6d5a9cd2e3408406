#include "export/SnapshotFiles.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/Npy.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone {
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

Json readJson(const std::string& path) {
    try {
        return Json::parse(readWholeFile(path));
    } catch (const Json::exception& e) {
        throw InputError("'" + path + "' is damaged: " + e.what());
    }
}

/// `key` of a sidecar as T; a missing key or wrong type names the file and the key.
template <typename T>
T field(const Json& j, const std::string& key, const std::string& path) {
    try {
        return j.at(key).get<T>();
    } catch (const Json::exception& e) {
        throw InputError("'" + path + "': key '" + key + "' is missing or malformed (" + e.what() +
                         ")");
    }
}

void expectRows(size_t actual, int64_t rows, const std::string& what, const std::string& path) {
    if (static_cast<int64_t>(actual) != rows)
        throw InputError("'" + path + "': " + what + " has " + std::to_string(actual) +
                         " entries for " + std::to_string(rows) + " rows");
}

}  // namespace

std::string snapshotPath(const std::string& runFolder, int64_t step, const std::string& extension) {
    return (fs::path(runFolder) / "snapshots" / (stepFileTag(step) + extension)).string();
}

std::string probeSidecarPath(const std::string& runFolder, int64_t step) {
    return (fs::path(runFolder) / "probe" / stepFileTag(step) / "samples.json").string();
}

std::vector<int64_t> snapshotSteps(const std::string& runFolder) {
    return stepsOfFiles((fs::path(runFolder) / "snapshots").string(), ".npy");
}

EmbeddingSnapshot readSnapshot(const std::string& runFolder, int64_t step) {
    const std::string sidecarPath = snapshotPath(runFolder, step, ".json");
    EmbeddingSnapshot s;
    s.step = step;
    s.embeddings = readNpy(snapshotPath(runFolder, step, ".npy"));
    const Json side = readJson(sidecarPath);
    s.labels = field<std::vector<int>>(side, "labels", sidecarPath);
    s.datasetIndices = field<std::vector<int64_t>>(side, "dataset_indices", sidecarPath);
    s.isTest = field<std::vector<uint8_t>>(side, "is_test", sidecarPath);
    const int64_t rows = s.embeddings.rows;
    expectRows(s.labels.size(), rows, "labels", sidecarPath);
    expectRows(s.datasetIndices.size(), rows, "dataset_indices", sidecarPath);
    expectRows(s.isTest.size(), rows, "is_test", sidecarPath);
    return s;
}

StageSamples readStageSamples(const std::string& runFolder, int64_t step, bool& found) {
    const std::string sidecarPath = probeSidecarPath(runFolder, step);
    const fs::path dir = fs::path(sidecarPath).parent_path();
    StageSamples s;
    s.step = step;
    std::error_code ec;
    found = fs::is_directory(dir, ec);
    if (!found) return s;
    const Json side = readJson(sidecarPath);
    s.anchorIndices = field<std::vector<int64_t>>(side, "anchor_indices", sidecarPath);
    s.positiveIndices = field<std::vector<int64_t>>(side, "positive_indices", sidecarPath);
    s.negativeIndices = field<std::vector<int64_t>>(side, "negative_indices", sidecarPath);
    s.anchorLabels = field<std::vector<int>>(side, "anchor_labels", sidecarPath);
    s.negativeLabels = field<std::vector<int>>(side, "negative_labels", sidecarPath);
    const auto triplets = static_cast<int64_t>(s.anchorIndices.size());
    expectRows(s.positiveIndices.size(), triplets, "positive_indices", sidecarPath);
    expectRows(s.negativeIndices.size(), triplets, "negative_indices", sidecarPath);
    expectRows(s.anchorLabels.size(), triplets, "anchor_labels", sidecarPath);
    expectRows(s.negativeLabels.size(), triplets, "negative_labels", sidecarPath);
    // m_t and the stretch factors: absent or null (non-finite) in runs without those stages.
    if (side.contains("margin") && side["margin"].is_number())
        s.margin = side["margin"].get<double>();
    if (side.contains("stretch_factors") && side["stretch_factors"].is_array()) {
        for (const auto& f : side["stretch_factors"])
            s.stretchFactors.push_back(f.is_number() ? f.get<float>() : NAN);
        if (!s.stretchFactors.empty())
            expectRows(s.stretchFactors.size(), triplets, "stretch_factors", sidecarPath);
    }
    for (const auto& stage : field<std::vector<std::string>>(side, "stages", sidecarPath)) {
        const std::string path = (dir / (stage + ".npy")).string();
        Matrix m = readNpy(path);
        if (m.rows != triplets)
            throw InputError("'" + path + "' holds " + std::to_string(m.rows) + " rows; '" +
                             sidecarPath + "' lists " + std::to_string(triplets) + " triplets");
        s.stages[stage] = std::move(m);
    }
    return s;
}

}  // namespace grindstone
