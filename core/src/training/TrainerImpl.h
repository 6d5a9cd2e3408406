#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include <torch/optim/adam.h>

#include "generation/GenerationStrategy.h"
#include "grindstone/data/ClassSplit.h"
#include "grindstone/data/PKSampler.h"
#include "grindstone/training/RankScalars.h"
#include "grindstone/training/Trainer.h"
#include "mining/Miner.h"
#include "model/EmbeddingNet.h"
#include "runtime/Collective.h"
#include "training/Augmentation.h"

namespace grindstone {

/// Everything a run holds. Split over TrainerStep.cpp (one optimiser step),
/// TrainerEvaluation.cpp (evaluation, snapshots, probe) and TrainerCheckpoint.cpp.
class Trainer::Impl {
public:
    Impl(const Config& config, const ImageSet& images, std::vector<std::string>& warnings);

    // TrainerStep.cpp
    /// One P x K batch of a step, from its forward through the metric net to its triplets.
    struct BatchWork {
        int64_t index = 0;  // among the step's batches over all ranks
        std::vector<int64_t> images;
        std::mt19937_64 random;  // its own stream when the step has several batches
        torch::Tensor embeddings;
        MinedTriplets mined;
        TripletEmbeddings real;
    };
    /// What a step's batches add up before the average over the step.
    struct StepSums {
        std::vector<torch::Tensor> metricParams, metricGrads;
        /// With sync_batchnorm: the batches' J_metric summed, differentiated once after the
        /// last batch (the batches share one forward graph, which each backward would walk).
        torch::Tensor metricLoss;
        std::vector<torch::optim::Optimizer*> ownOptimizers;
        std::vector<std::vector<torch::Tensor>> ownParams, ownGrads;
        std::map<std::string, double> scalars, figures;
    };
    /// False when a loss or weight went non-finite (nonFiniteProblem says which); nothing is
    /// reported for that step and the caller must roll back.
    bool trainStep();
    /// This process's batches of the step (all ranks draw all of them, each keeps its own).
    std::vector<BatchWork> drawBatches();
    /// Forward, mining and triplets of each batch; the metric net's buffers after the first
    /// batch when there are several (put back once the gradients are taken).
    std::vector<torch::Tensor> embedBatches(std::vector<BatchWork>& work);
    /// With sync_batchnorm: this process's batches through the metric net in one forward pass,
    /// so that its BatchNorm layers see them all (and, across ranks, every rank's).
    void embedTogether(std::vector<BatchWork>& work);
    void feedSchedulesBeforeForward(const std::vector<BatchWork>& work);
    /// The batch's generation, losses, gradients and figures, added to `sums`.
    void addBatchGradients(BatchWork& work, StepSums& sums);
    bool parametersFinite() const;
    TrainingOutcome run();
    /// Whether any rank asked to stop (every rank gets the same answer at the same step).
    bool agreeToStop();

    // TrainerEvaluation.cpp
    EvaluationReport evaluate(bool final);
    Matrix embed(const std::vector<int64_t>& indices);
    std::optional<VerificationReport> verify(const Matrix& testEmbeddings,
                                             const std::vector<int>& testLabels,
                                             const std::vector<bool>& testGalleryFlags);
    void emitSnapshot();
    void emitProbe();
    void chooseFixedSubsets();

    // TrainerCheckpoint.cpp
    void saveCheckpoint(const std::string& path) const;
    void loadCheckpoint(const std::string& path);

    /// What the network reads for these images: their pixels scaled for the backbone, or in
    /// feature mode their cached backbone features.
    torch::Tensor imageBatch(const std::vector<int64_t>& indices) const;
    torch::Tensor pixelBatch(const std::vector<int64_t>& indices) const;
    /// imageBatch with the configured augmentation (none in feature mode), drawn from `random`.
    torch::Tensor trainingBatch(const std::vector<int64_t>& indices, std::mt19937_64& random);
    /// Averages per-batch sums over every batch of the step (this process's micro-batches and
    /// every rank's): sums in, means out, the same on every rank.
    void meanOverStep(std::vector<torch::Tensor>& sums);
    void meanOverStep(std::map<std::string, double>& sums);
    int64_t batchesPerStep() const;
    /// rank_compute_seconds_R for every rank R of a distributed step (see TrainerStep.cpp).
    void addRankComputeSeconds(std::map<std::string, double>& scalars,
                               std::chrono::steady_clock::time_point started,
                               const Collective::Traffic& trafficBefore) const;

    // TrainerFeatures.cpp
    /// A frozen TorchScript backbone with feature_cache: the head trains on cached features.
    bool featureMode() const;
    /// Fills featureTable (from the cache, or computed and cached) in feature mode.
    void ensureFeatures();
    TripletEmbeddings embedTriplets(const torch::Tensor& embeddings, const MinedTriplets& t,
                                    const std::vector<int64_t>& batch) const;
    void emitEvent(const std::string& kind, const std::string& message);
    void emitProgress(const std::string& phase, int64_t done, int64_t total);
    std::unique_ptr<torch::optim::Adam> makeMetricOptimizer();

    Config config;
    const ImageSet& images;
    ClassSplit split;
    std::vector<int64_t> trainIndices, testIndices;
    std::vector<int> classSlot;  // dataset label -> 0..C-1 over training classes, -1 otherwise
    torch::Device device{torch::kCPU};
    torch::Tensor allPixels;            // uint8 N x C x H x W over the dataset's bytes (no copy)
    torch::Tensor inputMean, inputStd;  // 1 x C x 1 x 1: the backbone's per-channel scale
    torch::Tensor featureTable;         // feature mode: N x F backbone features
    AugmentationSettings augmentation;

    EmbeddingNet net{nullptr};
    std::unique_ptr<torch::optim::Adam> metricOptimizer;
    std::unique_ptr<GenerationStrategy> strategy;
    std::unique_ptr<Miner> miner;
    std::unique_ptr<PKSampler> sampler;
    std::mt19937_64 rng;  // one batch per step: the sampler's companion stream, checkpointed
    uint64_t seed = 0;
    Collective* collective = nullptr;
    int64_t microBatches = 1;  // batches per step on this process
    /// sync_batchnorm: the metric net's BatchNorm statistics over every batch of the step.
    bool syncBatchNorm = false;
    std::chrono::steady_clock::time_point stepStarted;
    Collective::Traffic trafficAtStepStart;
    double margin = 0;
    int64_t tripletsPerBatch = 0;
    int64_t logEvery = 10;
    bool balanceSynGradient = false;
    std::vector<int64_t> lrDropSteps;

    std::vector<int64_t> snapshotIndices;  // fixed evaluation subset
    std::vector<int64_t> probeAnchors, probePositives, probeNegatives;
    std::vector<int64_t> evalIndices;  // capped test subset used during training

    int64_t step = 0;
    int64_t totalSteps = 0;
    double elapsedSeconds = 0;
    bool initialEvaluationDone = false;  // a rollback to step 0 must not evaluate step 0 again
    std::string nonFiniteProblem;
    std::vector<TrainingObserver*> observers;
    std::atomic<bool> stopRequested{false};
    std::atomic<bool> pauseRequested{false};
    std::mutex pauseMutex;
    std::condition_variable pauseChanged;
};

}  // namespace grindstone
