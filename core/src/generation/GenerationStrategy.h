#pragma once

#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <torch/optim/optimizer.h>
#include <torch/serialize/archive.h>
#include <torch/types.h>

namespace grindstone {

class Config;

/// Embeddings of real triplets, rows aligned (triplet i = row i of each), and their class
/// slots (0..C-1 over the training classes).
struct TripletEmbeddings {
    torch::Tensor anchors, positives, negatives;
    torch::Tensor anchorLabels, negativeLabels;
    int64_t size() const { return anchors.size(0); }
};

/// A loss minimised by one optimiser over its own parameters only (the shared forward graph
/// reaches other networks too; their gradients from this loss are never applied).
struct OwnLoss {
    torch::Tensor loss;
    torch::optim::Optimizer* optimizer = nullptr;
};

/// What a strategy contributes to one training step.
struct GenerationStep {
    bool hasSynthetic = false;
    TripletEmbeddings synthetic;  ///< connected to the graph through the real embeddings
    /// Per synthetic triplet, its weight in J_syn (no gradient); undefined = every weight 1.
    torch::Tensor syntheticWeights;
    double realWeight = 1.0;  ///< p_t: J_metric = p_t J_real + (1 - p_t) J_syn
    std::vector<OwnLoss> ownLosses;
    std::map<std::string, double> scalars;
    /// Figures this batch feeds the running means after the step (e.g. "generator_loss"). The
    /// trainer averages them over every batch of the step (all micro-batches of all ranks) and
    /// hands the averages to commitSchedules(), so every rank's schedules move alike.
    std::map<std::string, double> scheduleFigures;
};

/// What a strategy's extra updates need to know of the step's batches.
struct StepBatches {
    /// Averages per-batch sums over every batch of the step (this process's micro-batches and
    /// every rank's): sums in, means out, the same on every rank.
    std::function<void(std::vector<torch::Tensor>& sums)> mean;
    /// Puts torch's generator (dropout) where this process's batch `batch` draws from in extra
    /// update `update`, whichever rank runs it (nothing to do for a one-batch step).
    std::function<void(size_t batch, int update)> seedRandom;
};

/// The fixed probe batch's embeddings at each stage (rows = triplets).
struct ProbeStages {
    std::map<std::string, torch::Tensor> stages;
    torch::Tensor stretchFactors;  ///< undefined without stage 1
    double margin = 0;
};

/// How synthetic triplets are made from real ones. A strategy never sees the trainer's loop;
/// the trainer never branches on the method's name.
class GenerationStrategy {
public:
    virtual ~GenerationStrategy() = default;

    /// A figure of this batch's real triplets the schedules take in before the forward (two-
    /// stage: the mean anchor-positive distance behind tau), or NaN when the method has none.
    virtual double figureBeforeForward(const TripletEmbeddings& real) const {
        return std::numeric_limits<double>::quiet_NaN();
    }
    /// That figure averaged over every batch of the step.
    virtual void observeBeforeForward(double agreed) {}
    /// Builds this step's synthetic triplets and the strategy's own losses from one forward.
    /// Called once per batch of the step (micro-batches); the schedules do not move here.
    virtual GenerationStep forward(const TripletEmbeddings& real) = 0;
    /// GenerationStep::scheduleFigures averaged over the step's batches: the running means and
    /// the warm-up advance; the schedule scalars it logs go into `scalars`.
    virtual void commitSchedules(const std::map<std::string, double>& agreed,
                                 std::map<std::string, double>& scalars) {}
    /// After every optimiser stepped on the shared forward: extra updates that need a fresh
    /// forward (the discriminators' additional updates) over the step's batches, their
    /// gradients averaged over them.
    virtual void afterUpdate(std::map<std::string, double>& scalars, const StepBatches& batches) {}
    /// The metric network's loss of this step, mixed and on the real triplets alone (HDML's
    /// interpolation follows a running mean of one of them).
    virtual void recordMetricLoss(double jMetric, double jReal) {}
    /// All stages for the probe batch, without gradients and without touching schedules.
    virtual ProbeStages probe(const TripletEmbeddings& real) = 0;

    virtual std::vector<torch::optim::Optimizer*> optimizers() = 0;
    virtual void save(torch::serialize::OutputArchive& archive) const = 0;
    virtual void load(torch::serialize::InputArchive& archive) = 0;
    /// Schedule state (running means) as text.
    virtual std::string saveState() const = 0;
    virtual void restoreState(const std::string& state) = 0;
    /// Scales every generator's learning rate (the non-finite guard halves them).
    virtual void scaleGeneratorLearningRate(double factor) {}
    /// Scales the discriminators' / classifiers' learning rate (lr_discriminator changed on
    /// resume: the checkpoint restores the old rate, this rescales it).
    virtual void scaleCriticLearningRate(double factor) {}
};

/// One batch as a whole step's schedules see it: the figure before the forward, the forward,
/// then its schedule figures committed (their scalars join the step's).
inline GenerationStep forwardOneBatch(GenerationStrategy& strategy, const TripletEmbeddings& real) {
    if (const double figure = strategy.figureBeforeForward(real); figure == figure)
        strategy.observeBeforeForward(figure);
    GenerationStep step = strategy.forward(real);
    strategy.commitSchedules(step.scheduleFigures, step.scalars);
    return step;
}

/// "triplet" (no generation), "hdml" or "two-stage", from the config.
std::unique_ptr<GenerationStrategy> makeGenerationStrategy(const Config& config, int64_t dim,
                                                           int64_t classes,
                                                           const torch::Device& device);

}  // namespace grindstone
