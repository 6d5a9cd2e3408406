#include "grindstone/projection/RunProjection.h"

#include <filesystem>

#include "export/SnapshotFiles.h"
#include "export/StepChoice.h"
#include "grindstone/Error.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone {

RunProjection projectRunSnapshot(const std::string& runFolder, int64_t step,
                                 const ProjectionOptions& options,
                                 const ProjectionProgress& progress) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(runFolder, ec))
        throw InputError("run folder '" + runFolder + "' does not exist or is not a folder");
    const std::string runFile = (fs::path(runFolder) / "run.json").string();
    if (!fs::exists(runFile, ec))
        throw InputError("'" + runFolder + "' is not a Grindstone run (no run.json)");
    checkRunFile(runFile);
    RunProjection result;
    result.step = chooseStep(snapshotSteps(runFolder), step, runFolder, "embedding snapshot",
                             [&](int64_t s) { return snapshotPath(runFolder, s, ".npy"); });
    const EmbeddingSnapshot snapshot = readSnapshot(runFolder, result.step);
    EmbeddingProjector projector(options);
    result.layout = projector.project(snapshot.embeddings, progress);
    return result;
}

}  // namespace grindstone
