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

/// How a run() ended.
enum class TrainingOutcome { Finished, Stopped };

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

    /// Embeds arbitrary images of the dataset (eval mode): rows follow `indices`.
    Matrix embed(const std::vector<int64_t>& indices);

    const std::vector<int>& trainClasses() const;
    const std::vector<int>& testClasses() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace grindstone
