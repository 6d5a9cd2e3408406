// The quality figures of a run folder's stored probe batches (reads files; no training).
#include <algorithm>
#include <filesystem>

#include "export/SnapshotFiles.h"
#include "grindstone/Error.h"
#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/StepPoints.h"

namespace grindstone {

namespace fs = std::filesystem;

std::vector<int64_t> qualitySteps(const std::string& runFolder) {
    std::vector<int64_t> steps;
    for (int64_t step : snapshotSteps(runFolder))
        if (fs::exists(probeSidecarPath(runFolder, step))) steps.push_back(step);
    return steps;
}

ProbeQuality assessRunProbe(const std::string& runFolder, int64_t step, QualitySettings settings) {
    const Config config = loadRunConfig(runFolder);
    settings.metricMargin = config.real("metric_margin");
    const StageSamples probe = readProbeStep(runFolder, step);
    const EmbeddingSnapshot snapshot = readSnapshot(runFolder, step);

    // The probe batch comes from the training classes: compare it with their real rows.
    RealReference reference;
    const int64_t dim = snapshot.embeddings.cols;
    std::vector<int64_t> rows;
    for (size_t i = 0; i < snapshot.isTest.size(); ++i)
        if (!snapshot.isTest[i]) rows.push_back(static_cast<int64_t>(i));
    reference.embeddings = Matrix(static_cast<int64_t>(rows.size()), dim);
    for (size_t r = 0; r < rows.size(); ++r) {
        std::copy_n(snapshot.embeddings.row(rows[r]), dim,
                    reference.embeddings.row(static_cast<int64_t>(r)));
        reference.labels.push_back(snapshot.labels[static_cast<size_t>(rows[r])]);
        reference.datasetIndices.push_back(snapshot.datasetIndices[static_cast<size_t>(rows[r])]);
    }
    try {
        return assessProbe(probe, reference, settings);
    } catch (const InputError& e) {
        throw InputError("'" + snapshotPath(runFolder, step, ".npy") + "' with '" +
                         probeSidecarPath(runFolder, step) + "': " + e.what());
    }
}

}  // namespace grindstone
