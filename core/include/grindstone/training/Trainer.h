#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/options/Config.h"
#include "grindstone/training/TrainingObserver.h"

namespace grindstone {

/// How a run() ended. NonFinite: a loss or weight became NaN/Inf (nothing was reported for
/// that step; the caller rolls back to a checkpoint). Diverged: a TrainingRun gave up after
/// too many such rollbacks.
enum class TrainingOutcome { Finished, Stopped, NonFinite, Diverged };

/// Trains an embedding network with the configured method and miner. Synchronous and
/// single-threaded in its caller's thread; requestPause / requestStop may be called from any
/// thread and are honoured between steps.
class Trainer {
public:
    /// Builds data split, networks, miner and generation strategy. Throws InputError on bad
    /// config or dataset. `images` must outlive the trainer.
    Trainer(const Config& config, const ImageSet& images, std::vector<std::string>& warnings);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    void addObserver(TrainingObserver* observer);

    /// Trains until `steps` is reached or a stop is requested.
    TrainingOutcome run();

    void requestStop();
    void requestPause(bool paused);
    bool paused() const;

    int64_t step() const;
    int64_t totalSteps() const;
    /// Changes the step budget (resume with more steps).
    void setTotalSteps(int64_t steps);

    /// Evaluates the current network on every test image (no grad, eval mode).
    EvaluationReport evaluate(bool final);

    /// Full state: networks, optimisers, schedules, sampler and RNG, step. `path` is written
    /// atomically.
    void saveCheckpoint(const std::string& path) const;
    /// Restores a state written by saveCheckpoint with the same config.
    void loadCheckpoint(const std::string& path);

    /// After loadCheckpoint with a config whose learning-rate options differ from `previous`
    /// (the run's old config): rescales the restored rates by new/old, keeping LR drops and
    /// rollback halvings the checkpoint holds.
    void adoptChangedLearningRates(const Config& previous);

    /// What went non-finite when run() returned NonFinite ("non-finite loss_g2 at step 812").
    const std::string& nonFiniteProblem() const;
    /// Returns to a checkpoint after a non-finite step and multiplies the generators' learning
    /// rates (as restored from it) by `generatorLrFactor`.
    void rollBack(const std::string& checkpoint, double generatorLrFactor);

    /// Embeds arbitrary images of the dataset (eval mode): rows follow `indices`.
    Matrix embed(const std::vector<int64_t>& indices);

    /// Dataset indices of every image the run's snapshots and probe batch show (the fixed
    /// evaluation subset and the probe triplets), ascending, each once.
    std::vector<int64_t> displayedImages() const;

    const std::vector<int>& trainClasses() const;
    const std::vector<int>& testClasses() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace grindstone
