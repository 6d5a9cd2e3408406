#include <iostream>

#include "CliCommon.h"
#include "ProgressPrinter.h"
#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/evaluation/Verification.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/training/Trainer.h"

namespace grindstone::cli {

int runEval(Args args) {
    const bool json = takeFlag(args, "--json");
    if (args.empty()) throw InputError("eval needs a run folder: grindstone-cli eval RUN_DIR");
    const std::string folder = args.front();
    args.erase(args.begin());
    expectNoMore(args, "eval");

    const Config config = loadRunConfig(folder);
    const std::string checkpoint = newestCheckpoint(folder);
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(config, warnings);
    Trainer trainer(config, images, warnings);
    trainer.loadCheckpoint(checkpoint);
    const EvaluationReport report = trainer.evaluate(true);
    if (json)
        std::cout << metricsJsonText(report) << '\n';
    else {
        std::cout << "step " << report.step << ", " << evaluatedImages(report) << ": "
                  << metricsLine(report.metrics) << '\n';
        if (report.verification)
            for (const std::string& line : describeVerification(*report.verification))
                std::cout << line << '\n';
    }
    return 0;
}

}  // namespace grindstone::cli
