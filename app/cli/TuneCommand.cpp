#include <unistd.h>

#include <iostream>
#include <memory>

#include "CliCommon.h"
#include "ProgressPrinter.h"
#include "StopSignal.h"
#include "TrialProcesses.h"
#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/TrainingRun.h"
#include "grindstone/tune/Tuner.h"

namespace grindstone::cli {
namespace {

std::string readSpaceFile(const std::string& path) {
    try {
        return readWholeFile(path);
    } catch (const InputError& e) {
        throw InputError(std::string("--space: ") + e.what());
    }
}

}  // namespace

int runTune(Args args) {
    Args rest;
    const Config base = configFromArgs(args, rest);
    TuneRequest request;
    request.base = base;
    const std::string space = takeOption(rest, "--space");
    const std::string trials = takeOption(rest, "--trials");
    const std::string budget = takeOption(rest, "--budget");
    const std::string eta = takeOption(rest, "--eta");
    const std::string metric = takeOption(rest, "--metric");
    const std::string seed = takeOption(rest, "--seed");
    const std::string minSteps = takeOption(rest, "--min-steps");
    const std::string parallelText = takeOption(rest, "--parallel");
    const std::string folds = takeOption(rest, "--folds");
    const bool quasiRandomOnly = takeFlag(rest, "--no-starting-settings");
    const std::string sampler = takeOption(rest, "--sampler");
    request.folder = takeOption(rest, "--out");
    expectNoMore(rest, "tune");
    request.space = space.empty() ? defaultSearchSpace(base.text("method"))
                                  : parseSearchSpace(readSpaceFile(space), space);
    if (!quasiRandomOnly) request.startingSettings = startingSettings(request.space, base);
    if (!trials.empty()) request.trials = static_cast<size_t>(wholeNumber(trials, "--trials"));
    if (!budget.empty()) request.budget = parseStep(budget, "--budget");
    if (!eta.empty()) request.eta = static_cast<int>(wholeNumber(eta, "--eta"));
    if (!metric.empty()) request.metric = metric;
    if (!seed.empty()) request.seed = wholeNumber(seed, "--seed");
    if (!minSteps.empty()) request.minSteps = parseStep(minSteps, "--min-steps");
    if (!folds.empty()) {
        const uint64_t n = wholeNumber(folds, "--folds");
        if (n < 1 || n > 100)
            throw InputError("--folds: '" + folds + "' is not a number of folds from 1 to 100");
        request.folds = static_cast<int>(n);
    }
    if (request.folder.empty()) request.folder = defaultRunFolder(base) + "-tune";
    const int parallel =
        parallelText.empty() ? 1 : static_cast<int>(wholeNumber(parallelText, "--parallel"));
    if (parallel < 1 || parallel > 64)
        throw InputError("--parallel: '" + parallelText +
                         "' is not a number of trials from 1 to 64");
    // A round of proposals keeps every process busy; its trials are chosen together.
    request.proposalRound = static_cast<size_t>(parallel);
    if (sampler == "parzen")
        request.sampler = TuneRequest::Sampler::Parzen;
    else if (!sampler.empty() && sampler != "quasi-random")
        throw InputError("--sampler: '" + sampler + "' is not a sampler (parzen, quasi-random)");

    Tuner tuner(request);
    std::cerr << "tuning " << base.text("method") << " into " << request.folder << ": ";
    for (size_t k = 0; k < tuner.rungs().size(); ++k)
        std::cerr << (k ? ", " : "") << tuner.rungs()[k].trials << " trials to "
                  << tuner.rungs()[k].steps << " steps";
    if (request.folds > 1)
        std::cerr << ", each of the last on " << request.folds << " validation folds";
    std::cerr << '\n';
    // Ctrl-C: the trial in progress stops at its next step, checkpointed; running the same
    // command again continues the search.
    StopSignal stopSignal;
    std::unique_ptr<StopOnSignal> stopOnSignal;
    std::unique_ptr<ProgressPrinter> progress;
    tuner.onTrial([&](TrainingRun& run, const std::string& what) {
        if (progress) progress->finish();
        std::cerr << what << ": " << run.folder() << '\n';
        stopOnSignal = std::make_unique<StopOnSignal>(run.trainer());
        progress = std::make_unique<ProgressPrinter>(isatty(STDERR_FILENO) != 0);
        run.trainer().addObserver(stopOnSignal.get());
        run.trainer().addObserver(progress.get());
    });
    if (parallel > 1)
        tuner.setRunner([parallel](const std::vector<TrialJob>& jobs) {
            return runTrialProcesses(jobs, parallel);
        });
    const TuneOutcome outcome = tuner.run();
    if (progress) progress->finish();
    if (outcome.stopped) {
        std::cerr << "stopped; run the same command again to continue the search in "
                  << request.folder << '\n';
        return 3;
    }
    if (outcome.best < 0) {
        std::cerr << "no trial finished the last rung (every one diverged); see "
                  << outcome.reportPath << '\n';
        return 1;
    }
    const TrialResult& best = outcome.trials[static_cast<size_t>(outcome.best)];
    std::cout << "best setting (" << request.metric << " "
              << 100 * best.objective.at(tuner.request().budget) << " on the validation classes"
              << (request.folds > 1 ? ", mean of " + std::to_string(request.folds) + " folds" : "")
              << "):";
    for (const auto& [key, value] : best.setting)
        std::cout << ' ' << key << '=' << value;
    std::cout << '\n';
    if (!outcome.sensitivity.knobs.empty()) {
        std::cout << "sensitivity (variance explained at the first rung):";
        for (const auto& k : outcome.sensitivity.knobs)
            std::cout << ' ' << k.option << ' ' << static_cast<int>(100 * k.varianceShare + 0.5)
                      << '%';
        std::cout << '\n';
    }
    std::cout << "config: " << outcome.bestConfigPath << "\nreport: " << outcome.reportPath << '\n';
    return 0;
}

}  // namespace grindstone::cli
