#include <unistd.h>

#include <iostream>

#include "CliCommon.h"
#include "ProgressPrinter.h"
#include "grindstone/session/TrainingRun.h"

namespace grindstone::cli {

int runTrain(Args args) {
    Args rest;
    const Config config = configFromArgs(args, rest);
    std::string out = takeOption(rest, "--out");
    expectNoMore(rest, "train");
    if (out.empty()) out = defaultRunFolder(config);

    TrainingRun run(config, out);
    for (const auto& w : run.warnings())
        std::cerr << "warning: " << w << '\n';
    std::cerr << "training " << config.text("method") << " (miner " << config.text("miner") << ", "
              << config.text("steps") << " steps, seed " << config.text("seed") << ") into "
              << run.folder() << '\n';
    ProgressPrinter progress(isatty(STDERR_FILENO) != 0);
    run.trainer().addObserver(&progress);
    TrainingOutcome outcome = TrainingOutcome::Finished;
    const EvaluationReport report = run.run(&outcome);
    progress.finish();
    if (outcome == TrainingOutcome::Stopped) {
        std::cerr << "stopped at step " << report.step << "; the run is saved in " << run.folder()
                  << '\n';
        return 3;
    }
    std::cout << "final metrics (step " << report.step << ", " << report.images
              << " test images): " << metricsLine(report.metrics) << '\n'
              << "run: " << run.folder() << '\n';
    return 0;
}

}  // namespace grindstone::cli
