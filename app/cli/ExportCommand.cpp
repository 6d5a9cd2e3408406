#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "CliCommon.h"
#include "grindstone/Error.h"
#include "grindstone/session/RunExport.h"

namespace grindstone::cli {
namespace {

/// One number when every channel has the same scale ("0.5"), else the list "[0.485, 0.456, ...]".
std::string channelScale(const std::vector<double>& values) {
    std::ostringstream out;
    if (!values.empty() && std::equal(values.begin() + 1, values.end(), values.begin())) {
        out << values.front();
        return out.str();
    }
    out << '[';
    for (size_t i = 0; i < values.size(); ++i)
        out << (i ? ", " : "") << values[i];
    out << ']';
    return out.str();
}

}  // namespace

int runExport(Args args) {
    const std::string usage =
        "grindstone-cli export RUN_DIR [--step N] (--torchscript FILE | --projector DIR)";
    ExportRequest request;
    const std::string stepText = takeOption(args, "--step");
    request.torchScriptFile = takeOption(args, "--torchscript");
    request.projectorFolder = takeOption(args, "--projector");
    if (args.empty()) throw InputError("export needs a run folder: " + usage);
    request.runFolder = args.front();
    args.erase(args.begin());
    expectNoMore(args, "export");
    if (request.torchScriptFile.empty() && request.projectorFolder.empty())
        throw InputError("export needs --torchscript FILE and / or --projector DIR: " + usage);
    if (!stepText.empty()) request.step = parseStep(stepText, "--step");

    const ExportSummary s = exportRun(request);
    for (const auto& w : s.warnings)
        std::cerr << "warning: " << w << '\n';
    if (s.checkpointStep >= 0)
        std::cout << "torchscript: " << request.torchScriptFile << " (checkpoint step "
                  << s.checkpointStep << ", " << s.backbone << " backbone)\n  input: N x "
                  << s.channels << " x " << s.height << " x " << s.width
                  << " float32, (pixel / 255 - " << channelScale(s.channelMean) << ") / "
                  << channelScale(s.channelStd) << "\n  output: N x " << s.embeddingDim
                  << (s.normalized ? " embeddings, L2-normalised" : " embeddings") << '\n';
    if (s.snapshotStep >= 0)
        std::cout << "projector: " << request.projectorFolder << " (snapshot step "
                  << s.snapshotStep << ", " << s.projectorRows << " rows"
                  << (s.projectorHasProbe ? ", with the probe batch's stages" : "")
                  << "); view with: tensorboard --logdir " << request.projectorFolder << '\n';
    return 0;
}

}  // namespace grindstone::cli
