#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace grindstone {

/// What to export from a run folder (grindstone-cli export).
struct ExportRequest {
    std::string runFolder;
    int64_t step = -1;            ///< checkpoint and snapshot step; -1 = the newest of each
    std::string torchScriptFile;  ///< empty = no TorchScript module
    std::string projectorFolder;  ///< empty = no TensorBoard projector files
};

/// What an export wrote.
struct ExportSummary {
    int64_t checkpointStep = -1;  ///< step of the exported network (-1: none exported)
    int64_t snapshotStep = -1;    ///< step of the projector files (-1: none exported)
    int64_t projectorRows = 0;    ///< snapshot rows + probe rows
    bool projectorHasProbe = false;
    /// The module's input: N x channels x height x width floats, (pixel / 255 - mean[c]) /
    /// std[c] as the trainer feeds; output N x embeddingDim, L2-normalised when `normalized`.
    int64_t channels = 0, height = 0, width = 0, embeddingDim = 0;
    std::vector<double> channelMean, channelStd;
    bool normalized = false;
    std::string backbone;               ///< "small", "deep" or "torchscript"
    std::vector<std::string> files;     ///< every file written
    std::vector<std::string> warnings;  ///< from reading the run's dataset
};

/// Exports a run's trained embedding network as a TorchScript module (the checkpoint of
/// `step`, else the newest) and / or one snapshot step as TensorBoard projector files
/// (tensors.tsv, metadata.tsv, sprite.png, projector_config.pbtxt; the snapshot of `step`,
/// else the newest). Reads the run's dataset for image sizes and sprite tiles. Everything is
/// built and checked before the first file is written; files are written atomically and a
/// failed write removes what this call had written. Throws InputError naming the file and
/// the problem: not a run, missing or damaged checkpoint / snapshot, unknown step, output
/// not writable, sprite over TensorBoard's size limit, nothing asked for.
ExportSummary exportRun(const ExportRequest& request);

}  // namespace grindstone
