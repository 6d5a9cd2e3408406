#include "grindstone/session/RunExport.h"

#include <algorithm>
#include <filesystem>

#include "export/CheckpointNet.h"
#include "export/ProjectorFiles.h"
#include "export/SnapshotFiles.h"
#include "export/StepChoice.h"
#include "export/TorchScriptModule.h"
#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone {
namespace fs = std::filesystem;

namespace {

/// Files written by one export; unless committed, removes them (and the folders it created)
/// again, so a failure leaves no partial export behind.
class OutputFiles {
public:
    OutputFiles() = default;
    OutputFiles(const OutputFiles&) = delete;
    OutputFiles& operator=(const OutputFiles&) = delete;
    ~OutputFiles() {
        if (m_committed) return;
        std::error_code ec;
        for (const auto& f : m_written)
            fs::remove(f, ec);
        for (auto it = m_createdFolders.rbegin(); it != m_createdFolders.rend(); ++it)
            fs::remove(*it, ec);  // only removes a folder that is empty again
    }

    /// Creates `folder` (and its parents) to hold `target`, which a failure message names.
    void makeFolder(const fs::path& folder, const std::string& target) {
        if (folder.empty()) return;
        std::error_code ec;
        std::vector<fs::path> missing;
        for (fs::path p = fs::absolute(folder, ec); !p.empty() && !fs::exists(p, ec);
             p = p.parent_path()) {
            missing.insert(missing.begin(), p);
            if (p == p.parent_path()) break;
        }
        if (fs::exists(folder, ec) && !fs::is_directory(folder, ec))
            throw InputError("cannot write '" + target + "': '" + folder.string() +
                             "' is a file, not a folder");
        fs::create_directories(folder, ec);
        if (ec || !fs::is_directory(folder, ec))
            throw InputError("cannot write '" + target + "': cannot create folder '" +
                             folder.string() + "': " + ec.message());
        m_createdFolders.insert(m_createdFolders.end(), missing.begin(), missing.end());
    }

    void write(const std::string& path, const std::string& contents) {
        writeFileAtomically(path, contents);
        m_written.push_back(path);
    }

    const std::vector<std::string>& written() const { return m_written; }
    void commit() { m_committed = true; }

private:
    std::vector<std::string> m_written;
    std::vector<fs::path> m_createdFolders;
    bool m_committed = false;
};

}  // namespace

ExportSummary exportRun(const ExportRequest& request) {
    if (request.torchScriptFile.empty() && request.projectorFolder.empty())
        throw InputError("nothing to export from '" + request.runFolder +
                         "': ask for a TorchScript file and / or a projector folder");
    const std::string& folder = request.runFolder;
    const Config config = loadRunConfig(folder);
    const bool wantsTorchScript = !request.torchScriptFile.empty();
    const bool wantsProjector = !request.projectorFolder.empty();

    // Steps first: a wrong --step fails before the dataset is read.
    ExportSummary summary;
    if (wantsTorchScript)
        summary.checkpointStep =
            chooseStep(checkpointSteps(folder), request.step, folder, "checkpoint",
                       [&](int64_t s) { return checkpointPath(folder, s); });
    if (wantsProjector)
        summary.snapshotStep =
            chooseStep(snapshotSteps(folder), request.step, folder, "embedding snapshot",
                       [&](int64_t s) { return snapshotPath(folder, s, ".npy"); });

    const ImageSet images = loadDataset(config, summary.warnings);
    const EmbeddingNetSpec spec = embeddingNetSpec(config, images);
    summary.channels = images.channels;
    summary.height = images.height;
    summary.width = images.width;
    summary.embeddingDim = spec.embeddingDim;
    summary.normalized = spec.normalize;
    summary.backbone = spec.torchscript ? "torchscript" : spec.deep ? "deep" : "small";

    // Build everything in memory before writing: a bad checkpoint or snapshot writes nothing.
    std::string torchScript;
    if (wantsTorchScript) {
        EmbeddingNet net = loadCheckpointNet(checkpointPath(folder, summary.checkpointStep), spec);
        summary.channelMean = net->spec().inputMean;
        summary.channelStd = net->spec().inputStd;
        torchScript = torchScriptArchive(*net, images.height, images.width, summary.checkpointStep);
    }
    ProjectorFiles projector;
    const fs::path projectorFolder = request.projectorFolder;
    if (wantsProjector) {
        const int64_t step = summary.snapshotStep;
        const EmbeddingSnapshot snapshot = readSnapshot(folder, step);
        const StageSamples probe = readStageSamples(folder, step, summary.projectorHasProbe);
        projector =
            buildProjectorFiles(snapshot, summary.projectorHasProbe ? &probe : nullptr, images,
                                snapshotPath(folder, step, ".json"), probeSidecarPath(folder, step),
                                (projectorFolder / "sprite.png").string());
        summary.projectorRows = projector.rows;
    }

    OutputFiles out;
    if (wantsTorchScript) {
        out.makeFolder(fs::path(request.torchScriptFile).parent_path(), request.torchScriptFile);
        out.write(request.torchScriptFile, torchScript);
    }
    if (wantsProjector) {
        out.makeFolder(projectorFolder, request.projectorFolder);
        out.write((projectorFolder / "tensors.tsv").string(), projector.tensorsTsv);
        out.write((projectorFolder / "metadata.tsv").string(), projector.metadataTsv);
        out.write((projectorFolder / "sprite.png").string(), projector.spritePng);
        out.write((projectorFolder / "projector_config.pbtxt").string(), projector.configPbtxt);
        syncDirectory(projectorFolder.string());
    }
    summary.files = out.written();
    out.commit();
    return summary;
}

}  // namespace grindstone
