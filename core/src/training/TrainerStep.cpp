#include <chrono>
#include <cmath>
#include <limits>

#include <torch/autograd.h>

#include "generation/TripletLoss.h"
#include "runtime/FaultInjection.h"
#include "training/Gradients.h"
#include "training/LearningRate.h"
#include "training/TrainerImpl.h"

namespace grindstone {
namespace {

/// Norm of the gradient a loss sends into the batch's embeddings (0 when it does not reach).
double gradientNormInto(const torch::Tensor& loss, const torch::Tensor& embeddings) {
    auto grads = torch::autograd::grad({loss}, {embeddings}, {}, /*retain_graph=*/true,
                                       /*create_graph=*/false, /*allow_unused=*/true);
    return grads[0].defined() ? grads[0].norm().item<double>() : 0.0;
}

/// Name of the first non-finite loss ("loss_*", "j_*"), or empty. Other scalars may be
/// legitimately infinite (a running mean before its first value).
std::string firstNonFiniteLoss(const std::map<std::string, double>& scalars) {
    for (const auto& [name, value] : scalars) {
        const bool isLoss = name.rfind("loss_", 0) == 0 || name.rfind("j_", 0) == 0;
        if (isLoss && !std::isfinite(value)) return name;
    }
    return {};
}

/// Random streams of one batch of a step that has several: derived from (seed, step, batch,
/// use) so that batch g draws the same numbers whichever rank or micro-batch slot runs it, and
/// a run resumed with another world size needs no saved stream.
uint64_t batchSeed(uint64_t seed, int64_t step, int64_t batch, int use) {
    std::seed_seq sequence{static_cast<uint32_t>(seed),  static_cast<uint32_t>(seed >> 32),
                           static_cast<uint32_t>(step),  static_cast<uint32_t>(step >> 32),
                           static_cast<uint32_t>(batch), static_cast<uint32_t>(use)};
    uint32_t words[2];
    sequence.generate(words, words + 2);
    return (static_cast<uint64_t>(words[0]) << 32) | words[1];
}

std::vector<torch::Tensor> buffersOf(const torch::nn::Module& net) {
    std::vector<torch::Tensor> out;
    for (const auto& b : net.buffers())
        out.push_back(b.detach().clone());
    return out;
}

void addScalars(std::map<std::string, double>& sums, const std::map<std::string, double>& add) {
    for (const auto& [name, value] : add)
        sums[name] += value;
}

int64_t countOverMargin(const torch::Tensor& a, const torch::Tensor& p, const torch::Tensor& n,
                        double margin) {
    return (rowSquaredDistance(a, p) - rowSquaredDistance(a, n) + margin > 0).sum().item<int64_t>();
}

}  // namespace

torch::Tensor Trainer::Impl::pixelBatch(const std::vector<int64_t>& indices) const {
    auto idx = torch::tensor(indices, torch::kInt64);
    const auto unit = allPixels.index_select(0, idx).to(device, torch::kFloat32) / 255.0;
    // Built-in backbones: bytes -> roughly zero-mean unit-range floats, one scale for all
    // channels; a TorchScript backbone gets the per-channel scale it was trained with.
    if (!inputMean.defined()) return (unit - kPixelMean) / kPixelStd;
    return (unit - inputMean) / inputStd;
}

torch::Tensor Trainer::Impl::imageBatch(const std::vector<int64_t>& indices) const {
    if (featureTable.defined())
        return featureTable.index_select(0, torch::tensor(indices, torch::kInt64).to(device));
    return pixelBatch(indices);
}

torch::Tensor Trainer::Impl::trainingBatch(const std::vector<int64_t>& indices,
                                           std::mt19937_64& random) {
    if (featureTable.defined()) return imageBatch(indices);
    // Crops and flips commute with the per-channel scaling, so the scaled batch is augmented.
    return augmentImages(pixelBatch(indices), augmentation, random);
}

int64_t Trainer::Impl::batchesPerStep() const {
    return microBatches * collective->worldSize();
}

void Trainer::Impl::meanOverStep(std::vector<torch::Tensor>& sums) {
    const int64_t batches = batchesPerStep();
    if (batches == 1) return;
    collective->sumInPlace(sums);
    for (auto& t : sums)
        t = t / static_cast<double>(batches);
}

void Trainer::Impl::meanOverStep(std::map<std::string, double>& sums) {
    if (batchesPerStep() == 1 || sums.empty()) return;
    std::vector<double> values;
    for (const auto& [name, value] : sums)
        values.push_back(value);
    std::vector<torch::Tensor> packed{torch::tensor(values, torch::kFloat64)};
    meanOverStep(packed);
    const auto mean = packed[0].contiguous();
    size_t i = 0;
    for (auto& [name, value] : sums)
        value = mean[static_cast<int64_t>(i++)].item<double>();
}

TripletEmbeddings Trainer::Impl::embedTriplets(const torch::Tensor& x, const MinedTriplets& t,
                                               const std::vector<int64_t>& batch) const {
    auto toTensor = [&](const std::vector<int64_t>& v) {
        return torch::tensor(v, torch::kInt64).to(device);
    };
    auto slots = [&](const std::vector<int64_t>& positions) {
        std::vector<int64_t> out;
        for (int64_t pos : positions)
            out.push_back(classSlot[static_cast<size_t>(
                images.labels[static_cast<size_t>(batch[static_cast<size_t>(pos)])])]);
        return toTensor(out);
    };
    TripletEmbeddings real;
    real.anchors = x.index_select(0, toTensor(t.anchors));
    real.positives = x.index_select(0, toTensor(t.positives));
    real.negatives = x.index_select(0, toTensor(t.negatives));
    real.anchorLabels = slots(t.anchors);
    real.negativeLabels = slots(t.negatives);
    return real;
}

bool Trainer::Impl::parametersFinite() const {
    // One reduction per tensor and a single check: NaN and Inf survive summation.
    torch::NoGradGuard noGrad;
    auto total = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64).device(device));
    for (const auto& p : net->parameters())
        total += p.sum().to(torch::kFloat64);
    for (auto* optimizer : strategy->optimizers())
        for (const auto& p : parametersOf(*optimizer))
            total += p.sum().to(torch::kFloat64);
    return std::isfinite(total.item<double>());
}

std::vector<Trainer::Impl::BatchWork> Trainer::Impl::drawBatches() {
    // Every rank draws every batch of the step from the same sampler and keeps its own: the
    // ranks' batches are disjoint slices of one global draw, whatever the world size.
    const int64_t batches = batchesPerStep();
    std::vector<BatchWork> work;
    for (int64_t g = 0; g < batches; ++g) {
        auto drawn = sampler->next();
        if (g / microBatches != collective->rank()) continue;
        BatchWork w;
        w.index = g;
        w.images = std::move(drawn);
        if (batches > 1) w.random.seed(batchSeed(seed, step, g, 0));
        work.push_back(std::move(w));
    }
    return work;
}

void Trainer::Impl::embedTogether(std::vector<BatchWork>& work) {
    const bool severalBatches = batchesPerStep() > 1;
    std::vector<torch::Tensor> inputs;
    for (auto& w : work)
        inputs.push_back(trainingBatch(w.images, severalBatches ? w.random : rng));
    if (severalBatches) torch::manual_seed(batchSeed(seed, step, work.front().index, 1));
    const torch::Tensor all = net->forward(torch::cat(inputs));
    int64_t row = 0;
    for (auto& w : work) {
        const auto rows = static_cast<int64_t>(w.images.size());
        w.embeddings = all.narrow(0, row, rows);
        row += rows;
    }
}

std::vector<torch::Tensor> Trainer::Impl::embedBatches(std::vector<BatchWork>& work) {
    const bool severalBatches = batchesPerStep() > 1;
    net->train();
    // Synchronised BatchNorm updates its running statistics once, from the whole step's.
    if (syncBatchNorm) embedTogether(work);
    // Otherwise they follow the step's first batch, as rank 0's do when several ranks train
    // (only rank 0 evaluates and saves): returned to be put back.
    std::vector<torch::Tensor> firstBatchBuffers;
    for (auto& w : work) {
        std::mt19937_64& random = severalBatches ? w.random : rng;
        std::vector<int> labels;
        for (int64_t i : w.images)
            labels.push_back(images.labels[static_cast<size_t>(i)]);
        if (!syncBatchNorm) {
            if (severalBatches) torch::manual_seed(batchSeed(seed, step, w.index, 1));
            w.embeddings = net->forward(trainingBatch(w.images, random));
            if (work.size() > 1 && firstBatchBuffers.empty()) firstBatchBuffers = buffersOf(*net);
        }
        const auto detached = w.embeddings.detach();
        const auto distances = torch::cdist(detached, detached).pow(2).to(torch::kCPU).contiguous();
        const std::vector<float> d(distances.data_ptr<float>(),
                                   distances.data_ptr<float>() + distances.numel());
        w.mined = miner->mine({d, labels, w.embeddings.size(1), margin}, tripletsPerBatch, random);
        w.real = embedTriplets(w.embeddings, w.mined, w.images);
    }
    return firstBatchBuffers;
}

void Trainer::Impl::feedSchedulesBeforeForward(const std::vector<BatchWork>& work) {
    // The schedules take in their figure of the real triplets, averaged over the step.
    std::vector<torch::Tensor> figure{torch::zeros({1}, torch::kFloat64)};
    bool any = false;
    for (const auto& w : work)
        if (const double value = strategy->figureBeforeForward(w.real); value == value) {
            figure[0] += value;
            any = true;
        }
    if (!any) return;
    meanOverStep(figure);
    strategy->observeBeforeForward(figure[0].item<double>());
}

void Trainer::Impl::addBatchGradients(BatchWork& w, StepSums& sums) {
    if (batchesPerStep() > 1) torch::manual_seed(batchSeed(seed, step, w.index, 2));
    const auto& x = w.embeddings;
    const auto& real = w.real;
    GenerationStep generated = strategy->forward(real);
    const auto jReal = tripletHinge(real.anchors, real.positives, real.negatives, margin);
    torch::Tensor jMetric = jReal;
    auto& batchScalars = generated.scalars;
    if (generated.hasSynthetic) {
        const auto& syn = generated.synthetic;
        torch::Tensor jSyn = generated.syntheticWeights.defined()
                                 ? weightedTripletHinge(syn.anchors, syn.positives, syn.negatives,
                                                        margin, generated.syntheticWeights)
                                 : tripletHinge(syn.anchors, syn.positives, syn.negatives, margin);
        batchScalars["j_syn"] = jSyn.item<double>();
        // Which loss drives the embedding: the gradient each sends into this batch's
        // embeddings (every logged step, or every step when J_syn is scaled to match).
        if (balanceSynGradient || (step + 1) % logEvery == 0) {
            const double realNorm = gradientNormInto(jReal, x);
            const double synNorm = gradientNormInto(jSyn, x);
            batchScalars["grad_norm_real"] = realNorm;
            batchScalars["grad_norm_syn"] = synNorm;
            if (balanceSynGradient) {
                // Logged on every step (1 = left as it was) so that every batch and rank
                // logs the same figures.
                const double scale = synNorm > 0 && realNorm > 0 ? realNorm / synNorm : 1.0;
                if (scale != 1.0) jSyn = jSyn * scale;
                batchScalars["syn_gradient_scale"] = scale;
            }
        }
        jMetric = generated.realWeight * jReal + (1.0 - generated.realWeight) * jSyn;
        batchScalars["synthetic_active"] =
            static_cast<double>(countOverMargin(syn.anchors, syn.positives, syn.negatives, margin));
    }
    if (faults::nonFiniteAtStep(step + 1))
        jMetric = jMetric * std::numeric_limits<double>::quiet_NaN();

    if (syncBatchNorm)
        sums.metricLoss = sums.metricLoss.defined() ? sums.metricLoss + jMetric : jMetric;
    else
        addGradients(sums.metricGrads, gradientsOf(jMetric, sums.metricParams));
    for (size_t i = 0; i < generated.ownLosses.size(); ++i) {
        if (sums.ownParams.size() <= i) {
            sums.ownOptimizers.push_back(generated.ownLosses[i].optimizer);
            sums.ownParams.push_back(parametersOf(*sums.ownOptimizers.back()));
            sums.ownGrads.emplace_back();
        }
        addGradients(sums.ownGrads[i], gradientsOf(generated.ownLosses[i].loss, sums.ownParams[i]));
    }
    batchScalars["j_metric"] = jMetric.item<double>();
    batchScalars["j_real"] = jReal.item<double>();
    batchScalars["real_active"] =
        static_cast<double>(countOverMargin(real.anchors, real.positives, real.negatives, margin));
    batchScalars["miner_easy"] = static_cast<double>(w.mined.stats.easy);
    batchScalars["miner_semihard"] = static_cast<double>(w.mined.stats.semiHard);
    batchScalars["miner_hard"] = static_cast<double>(w.mined.stats.hard);
    addScalars(sums.scalars, batchScalars);
    addScalars(sums.figures, generated.scheduleFigures);
}

void Trainer::Impl::addRankComputeSeconds(std::map<std::string, double>& scalars,
                                          std::chrono::steady_clock::time_point started,
                                          const Collective::Traffic& trafficBefore) const {
    // This rank's time in the step so far, less its time inside exchanges (which includes
    // waiting for slower ranks): what a straggler spends more of. Every rank writes every slot,
    // its own as a sum over the step's batches like the other scalars, so the step's mean
    // hands each rank every rank's figure.
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double own = wall - (collective->traffic().seconds - trafficBefore.seconds);
    for (int r = 0; r < collective->worldSize(); ++r)
        scalars[rankComputeSecondsKey(r)] =
            r == collective->rank() ? own * static_cast<double>(batchesPerStep()) : 0.0;
}

bool Trainer::Impl::trainStep() {
    const auto started = stepStarted;
    const Collective::Traffic trafficBefore = trafficAtStepStart;
    std::vector<BatchWork> work = drawBatches();
    const std::vector<torch::Tensor> firstBatchBuffers = embedBatches(work);
    feedSchedulesBeforeForward(work);

    // Every gradient is taken before any optimiser steps (stepping changes weights the graph
    // still uses); each optimiser then steps with its own loss's gradients, so two
    // optimisers may share parameters (two-stage's split stage-1 optimisers).
    StepSums sums;
    for (const auto& p : net->parameters())  // a frozen backbone's weights take no gradient
        if (p.requires_grad()) sums.metricParams.push_back(p);
    for (auto& w : work)
        addBatchGradients(w, sums);
    if (sums.metricLoss.defined())
        sums.metricGrads = gradientsOf(sums.metricLoss, sums.metricParams);
    if (!firstBatchBuffers.empty()) {
        // Only now: BatchNorm's backward reads the running statistics it was given.
        torch::NoGradGuard noGrad;
        size_t i = 0;
        for (auto& b : net->buffers())
            b.copy_(firstBatchBuffers[i++]);
    }
    auto& sc = sums.scalars;
    if (collective->worldSize() > 1) addRankComputeSeconds(sc, started, trafficBefore);
    meanOverStep(sums.metricGrads);
    for (auto& grads : sums.ownGrads)
        meanOverStep(grads);
    meanOverStep(sc);
    meanOverStep(sums.figures);

    setGradients(sums.metricParams, sums.metricGrads);
    metricOptimizer->step();
    // The gradients came from autograd::grad and may be views into its buffers; drop them so
    // a later zero_grad() (the extra discriminator updates) never has to detach a view.
    clearGradients(sums.metricParams);
    for (size_t i = 0; i < sums.ownOptimizers.size(); ++i) {
        setGradients(sums.ownParams[i], sums.ownGrads[i]);
        sums.ownOptimizers[i]->step();
        clearGradients(sums.ownParams[i]);
    }
    StepBatches stepBatches;
    stepBatches.mean = [this](std::vector<torch::Tensor>& t) { meanOverStep(t); };
    stepBatches.seedRandom = [&](size_t batch, int update) {
        if (batchesPerStep() > 1)
            torch::manual_seed(batchSeed(seed, step, work[batch].index, 2 + update));
    };
    strategy->afterUpdate(sc, stepBatches);
    if (!sums.figures.empty()) strategy->commitSchedules(sums.figures, sc);

    std::string bad = firstNonFiniteLoss(sc);
    if (bad.empty() && !parametersFinite()) bad = "weights";
    if (!bad.empty()) {
        nonFiniteProblem = "non-finite " + bad + " at step " + std::to_string(step + 1);
        return false;
    }
    strategy->recordMetricLoss(sc["j_metric"], sc["j_real"]);
    ++step;
    sc["lr_metric"] = learningRate(*metricOptimizer);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    elapsedSeconds += seconds;
    sc["step_seconds"] = seconds;
    if (collective->worldSize() > 1) {  // this rank's exchanges of the step
        const Collective::Traffic traffic = collective->traffic();
        sc["comm_seconds"] = traffic.seconds - trafficBefore.seconds;
        sc["comm_bytes"] = static_cast<double>(traffic.bytes - trafficBefore.bytes);
    }

    StepReport report{step, totalSteps, elapsedSeconds, std::move(sc)};
    for (auto* o : observers)
        o->onStep(report);
    return true;
}

bool Trainer::Impl::agreeToStop() {
    if (collective->worldSize() == 1) return stopRequested;
    // One rank's Ctrl-C stops every rank at the same step.
    std::vector<torch::Tensor> votes{torch::full({1}, stopRequested ? 1.0 : 0.0, torch::kFloat64)};
    collective->sumInPlace(votes);
    if (votes[0].item<double>() > 0) stopRequested = true;
    return stopRequested;
}

TrainingOutcome Trainer::Impl::run() {
    ensureFeatures();
    if (stopRequested) return TrainingOutcome::Stopped;
    // Only rank 0 evaluates and records; the other ranks train in step with it.
    const bool records = collective->rank() == 0;
    const int64_t evalEvery = records ? config.integer("eval_every") : 0;
    const int64_t snapshotEvery = records ? config.integer("snapshot_every") : 0;
    if (step == 0 && !initialEvaluationDone && records) {
        initialEvaluationDone = true;
        evaluate(false);
        if (snapshotEvery > 0) {
            emitSnapshot();
            emitProbe();
        }
    }
    while (step < totalSteps) {
        {
            std::unique_lock<std::mutex> lock(pauseMutex);
            pauseChanged.wait(lock, [&] { return !pauseRequested || stopRequested; });
        }
        // The step's time and traffic count from here: the ranks' stop vote is part of it.
        stepStarted = std::chrono::steady_clock::now();
        trafficAtStepStart = collective->traffic();
        if (agreeToStop()) return TrainingOutcome::Stopped;
        for (int64_t drop : lrDropSteps)
            if (drop == step) {
                scaleLearningRate(*metricOptimizer, 0.5);
                emitEvent("lr_drop", "metric learning rate halved");
            }
        if (!trainStep()) return TrainingOutcome::NonFinite;
        if (evalEvery > 0 && step % evalEvery == 0 && step < totalSteps) evaluate(false);
        if (snapshotEvery > 0 && step % snapshotEvery == 0) {
            emitSnapshot();
            emitProbe();
        }
    }
    return TrainingOutcome::Finished;
}

}  // namespace grindstone
