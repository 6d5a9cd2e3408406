#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "CliCommon.h"
#include "ProgressPrinter.h"
#include "RankProcesses.h"
#include "StopSignal.h"
#include "TrainCommand.h"
#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/evaluation/Verification.h"
#include "grindstone/runtime/ProcessGroup.h"
#include "grindstone/runtime/Threads.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/TrainingRun.h"

namespace grindstone::cli {

namespace {

/// A rank other than 0 trains in step with the others and writes nothing: rank 0 evaluates,
/// checkpoints and keeps the run folder. Resuming, it starts from the checkpoint rank 0 starts
/// from (the newest readable one of `resumeFolder`, a folder every rank sees).
int trainFollowingRank(const Config& config, int64_t untilStep,
                       const std::string& resumeFolder = {}, const Config* saved = nullptr) {
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(config, warnings);
    Trainer trainer(config, images, warnings);
    if (!resumeFolder.empty()) {
        loadNewestReadableCheckpoint(trainer, resumeFolder, warnings);  // rank 0 warns
        if (saved) trainer.adoptChangedLearningRates(*saved);
    }
    if (untilStep > 0) trainer.setTotalSteps(untilStep);
    StopSignal stopSignal;
    StopOnSignal stopOnSignal(trainer);
    trainer.addObserver(&stopOnSignal);
    TrainingOutcome outcome = trainer.run();
    // A non-finite step: back to the checkpoint rank 0 returns to, unless it gave up.
    while (outcome == TrainingOutcome::NonFinite && followRankZeroRollback(trainer))
        outcome = trainer.run();
    if (outcome == TrainingOutcome::NonFinite) return 4;  // rank 0 reports it
    return outcome == TrainingOutcome::Stopped ? 3 : 0;
}

/// The ranks --nproc asks this process to start (1: none, train here).
int localRanks(const std::string& nproc, bool underLauncher) {
    if (nproc.empty()) return 1;
    const uint64_t ranks = wholeNumber(nproc, "--nproc");
    if (ranks < 1 || ranks > 64) throw InputError("--nproc: '" + nproc + "' is not from 1 to 64");
    if (ranks > 1 && underLauncher)
        throw InputError(
            "--nproc starts its own ranks: leave it out when a launcher sets "
            "WORLD_SIZE (this process is then one of its ranks)");
    return static_cast<int>(ranks);
}

}  // namespace

int runTrain(Args args) {
    const Args given = args;
    const std::string nproc = takeOption(args, "--nproc");
    Args rest;
    const Config config = configFromArgs(args, rest);
    std::string out = takeOption(rest, "--out");
    const std::string until = takeOption(rest, "--until");
    expectNoMore(rest, "train");
    const auto group = processGroupFromEnvironment();
    const int ranks = localRanks(nproc, group.has_value());
    if (out.empty() && (!group || group->rank == 0)) out = defaultRunFolder(config);
    const int64_t untilStep = until.empty() ? 0 : parseStep(until, "--until");
    if (!until.empty() && (untilStep < 1 || untilStep > config.integer("steps")))
        throw InputError("--until: step " + until + " is not between 1 and steps (" +
                         config.text("steps") + ")");
    if (ranks > 1) {
        Args rankArgs = given;
        takeOption(rankArgs, "--nproc");
        takeOption(rankArgs, "--out");
        rankArgs.insert(rankArgs.end(), {"--out", out});
        if (config.integer("threads") == 0)  // the cores are shared out, not fought over
            rankArgs.insert(
                rankArgs.end(),
                {"--set", "threads=" + std::to_string(std::max(1, hardwareThreads() / ranks))});
        std::cerr << "training on " << ranks << " local ranks (c10d, Gloo) into " << out << '\n';
        return runLocalRanks("train", rankArgs, ranks);
    }
    if (group) {
        joinProcessGroup(*group);
        if (group->rank != 0) return trainFollowingRank(config, untilStep);
    }

    TrainingRun run(config, out);
    // Stops (finished, with the final evaluation) at that step, on the schedules of `steps`;
    // `resume --steps` goes on from there.
    if (untilStep > 0) run.trainer().setTotalSteps(untilStep);
    std::cerr << "training " << config.text("method") << " (miner " << config.text("miner") << ", "
              << config.text("steps") << " steps, seed " << config.text("seed") << ") into "
              << run.folder() << '\n';
    return trainToEnd(run);
}

int runResume(Args args) {
    const Args given = args;
    const std::string nproc = takeOption(args, "--nproc");
    const std::string stepsText = takeOption(args, "--steps");
    const bool allowConfigChange = takeFlag(args, "--allow-config-change");
    if (args.empty() || args.front().rfind("--", 0) == 0)
        throw InputError("resume needs a run folder: grindstone-cli resume RUN_DIR");
    const auto group = processGroupFromEnvironment();
    const int ranks = localRanks(nproc, group.has_value());
    const std::string folder = args.front();
    args.erase(args.begin());
    // --config / --set apply over the run's own config, not over the defaults.
    Args rest;
    const bool changesOptions = std::find_if(args.begin(), args.end(), [](const auto& a) {
                                    return a == "--config" || a == "--set";
                                }) != args.end();
    const Config changed =
        changesOptions ? configFromArgs(args, rest, loadRunConfig(folder)) : Config();
    if (!changesOptions) rest = args;
    expectNoMore(rest, "resume");
    int64_t steps = 0;
    if (!stepsText.empty()) {
        char* end = nullptr;
        steps = std::strtoll(stepsText.c_str(), &end, 10);
        if (*end != '\0' || steps < 1)
            throw InputError("--steps: '" + stepsText + "' is not a step count >= 1");
    }
    if (ranks > 1) {
        Args rankArgs = given;
        takeOption(rankArgs, "--nproc");
        std::cerr << "resuming on " << ranks << " local ranks (c10d, Gloo)\n";
        return runLocalRanks("resume", rankArgs, ranks);
    }
    if (group) {
        joinProcessGroup(*group);
        if (group->rank != 0) {
            // What rank 0 continues with: the run's options, or the changed ones (rank 0
            // refuses a change not asked for) on the run's schedule of steps.
            const Config saved = loadRunConfig(folder);
            Config config = changesOptions ? changed : saved;
            config.set("steps", saved.text("steps"));
            return trainFollowingRank(config, steps, folder, &saved);
        }
    }
    TrainingRun run(folder, TrainingRun::ResumeRequest{steps, changesOptions ? &changed : nullptr,
                                                       allowConfigChange});
    std::cerr << "resuming " << folder << " at step " << run.trainer().step() << " of "
              << run.trainer().totalSteps() << '\n';
    return trainToEnd(run);
}

int trainToEnd(TrainingRun& run) {
    for (const auto& w : run.warnings())
        std::cerr << "warning: " << w << '\n';
    // Ctrl-C / SIGTERM: stop at the next step and save, leaving a resumable run (exit 3).
    StopSignal stopSignal;
    StopOnSignal stopOnSignal(run.trainer());
    run.trainer().addObserver(&stopOnSignal);
    ProgressPrinter progress(isatty(STDERR_FILENO) != 0);
    run.trainer().addObserver(&progress);
    TrainingOutcome outcome = TrainingOutcome::Finished;
    const EvaluationReport report = run.run(&outcome);
    progress.finish();
    if (outcome == TrainingOutcome::Diverged) {
        std::cerr << "training diverged: a loss or weight stayed non-finite after "
                  << TrainingRun::kMaxRollbacks
                  << " rollbacks with halved generator learning rates (see the run's "
                     "metrics.jsonl events). The run is saved at its last good checkpoint in "
                  << run.folder()
                  << "; lower the learning rates and resume with "
                     "--set ... --allow-config-change\n";
        return 4;
    }
    if (outcome == TrainingOutcome::Stopped) {
        std::cerr << "stopped at step " << report.step << "; the run is saved in " << run.folder()
                  << '\n';
        return 3;
    }
    std::cout << "final metrics (step " << report.step << ", " << evaluatedImages(report)
              << "): " << metricsLine(report.metrics) << '\n';
    const RawPixelBaseline& floor = run.rawPixelFloor();
    if (floor.computed)
        std::cout << "raw pixels, no training (same images): " << metricsLine(floor.metrics) << '\n'
                  << floorVerdict(metricsByKey(report.metrics), floor) << '\n';
    if (report.verification)
        for (const std::string& line : describeVerification(*report.verification))
            std::cout << line << '\n';
    std::cout << "run: " << run.folder() << '\n';
    return 0;
}

}  // namespace grindstone::cli
