#include <chrono>
#include <cmath>
#include <limits>

#include <torch/autograd.h>

#include "generation/TripletLoss.h"
#include "runtime/FaultInjection.h"
#include "training/LearningRate.h"
#include "training/TrainerImpl.h"

namespace grindstone {
namespace {

std::vector<torch::Tensor> parametersOf(torch::optim::Optimizer& optimizer) {
    std::vector<torch::Tensor> params;
    for (auto& group : optimizer.param_groups())
        for (auto& p : group.params())
            params.push_back(p);
    return params;
}

/// Gradient of `loss` with respect to `params` only. Every loss of a step comes from one
/// shared forward; taking each loss's gradient for its own parameters keeps, for example,
/// J_syn from ever moving a generator.
std::vector<torch::Tensor> gradientsOf(const torch::Tensor& loss,
                                       const std::vector<torch::Tensor>& params) {
    if (params.empty()) return {};
    auto grads = torch::autograd::grad({loss}, params, {}, /*retain_graph=*/true,
                                       /*create_graph=*/false, /*allow_unused=*/true);
    for (size_t i = 0; i < params.size(); ++i)
        if (!grads[i].defined()) grads[i] = torch::zeros_like(params[i]);
    return grads;
}

void setGradients(const std::vector<torch::Tensor>& params,
                  const std::vector<torch::Tensor>& grads) {
    for (size_t i = 0; i < params.size(); ++i) {
        auto p = params[i];
        p.mutable_grad() = grads[i];
    }
}

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

void clearGradients(const std::vector<torch::Tensor>& params) {
    for (auto p : params)
        p.mutable_grad() = torch::Tensor();
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

torch::Tensor Trainer::Impl::trainingBatch(const std::vector<int64_t>& indices) {
    if (featureTable.defined()) return imageBatch(indices);
    // Crops and flips commute with the per-channel scaling, so the scaled batch is augmented.
    return augmentImages(pixelBatch(indices), augmentation, rng);
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

bool Trainer::Impl::trainStep() {
    const auto started = std::chrono::steady_clock::now();
    const auto batch = sampler->next();
    std::vector<int> labels;
    for (int64_t i : batch)
        labels.push_back(images.labels[static_cast<size_t>(i)]);

    net->train();
    const auto x = net->forward(trainingBatch(batch));
    const auto detached = x.detach();
    const auto distances = torch::cdist(detached, detached).pow(2).to(torch::kCPU).contiguous();
    const std::vector<float> d(distances.data_ptr<float>(),
                               distances.data_ptr<float>() + distances.numel());
    const MinedTriplets mined = miner->mine({d, labels, x.size(1), margin}, tripletsPerBatch, rng);
    const auto real = embedTriplets(x, mined, batch);

    GenerationStep generated = strategy->forward(real);
    const auto jReal = tripletHinge(real.anchors, real.positives, real.negatives, margin);
    torch::Tensor jMetric = jReal;
    auto& sc = generated.scalars;
    if (generated.hasSynthetic) {
        const auto& syn = generated.synthetic;
        torch::Tensor jSyn = generated.syntheticWeights.defined()
                                 ? weightedTripletHinge(syn.anchors, syn.positives, syn.negatives,
                                                        margin, generated.syntheticWeights)
                                 : tripletHinge(syn.anchors, syn.positives, syn.negatives, margin);
        sc["j_syn"] = jSyn.item<double>();
        // Which loss drives the embedding: the gradient each sends into this batch's
        // embeddings (every logged step, or every step when J_syn is scaled to match).
        if (balanceSynGradient || (step + 1) % logEvery == 0) {
            const double realNorm = gradientNormInto(jReal, x);
            const double synNorm = gradientNormInto(jSyn, x);
            sc["grad_norm_real"] = realNorm;
            sc["grad_norm_syn"] = synNorm;
            if (balanceSynGradient && synNorm > 0 && realNorm > 0) {
                jSyn = jSyn * (realNorm / synNorm);
                sc["syn_gradient_scale"] = realNorm / synNorm;
            }
        }
        jMetric = generated.realWeight * jReal + (1.0 - generated.realWeight) * jSyn;
        sc["synthetic_active"] =
            static_cast<double>(countOverMargin(syn.anchors, syn.positives, syn.negatives, margin));
    }

    if (faults::nonFiniteAtStep(step + 1))
        jMetric = jMetric * std::numeric_limits<double>::quiet_NaN();

    // Every gradient is taken before any optimiser steps (stepping changes weights the graph
    // still uses); each optimiser then steps with its own loss's gradients, so two
    // optimisers may share parameters (two-stage's split stage-1 optimisers).
    std::vector<torch::Tensor> metricParams;  // a frozen backbone's weights take no gradient
    for (const auto& p : net->parameters())
        if (p.requires_grad()) metricParams.push_back(p);
    const auto metricGrads = gradientsOf(jMetric, metricParams);
    std::vector<std::vector<torch::Tensor>> ownParams, ownGrads;
    for (const auto& own : generated.ownLosses) {
        ownParams.push_back(parametersOf(*own.optimizer));
        ownGrads.push_back(gradientsOf(own.loss, ownParams.back()));
    }
    setGradients(metricParams, metricGrads);
    metricOptimizer->step();
    // The gradients came from autograd::grad and may be views into its buffers; drop them so
    // a later zero_grad() (the extra discriminator updates) never has to detach a view.
    clearGradients(metricParams);
    for (size_t i = 0; i < generated.ownLosses.size(); ++i) {
        setGradients(ownParams[i], ownGrads[i]);
        generated.ownLosses[i].optimizer->step();
        clearGradients(ownParams[i]);
    }
    strategy->afterUpdate(sc);

    const double jMetricValue = jMetric.item<double>();
    sc["j_metric"] = jMetricValue;
    sc["j_real"] = jReal.item<double>();
    std::string bad = firstNonFiniteLoss(sc);
    if (bad.empty() && !parametersFinite()) bad = "weights";
    if (!bad.empty()) {
        nonFiniteProblem = "non-finite " + bad + " at step " + std::to_string(step + 1);
        return false;
    }
    strategy->recordMetricLoss(jMetricValue, sc["j_real"]);
    ++step;
    sc["real_active"] =
        static_cast<double>(countOverMargin(real.anchors, real.positives, real.negatives, margin));
    sc["miner_easy"] = static_cast<double>(mined.stats.easy);
    sc["miner_semihard"] = static_cast<double>(mined.stats.semiHard);
    sc["miner_hard"] = static_cast<double>(mined.stats.hard);
    sc["lr_metric"] = learningRate(*metricOptimizer);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    elapsedSeconds += seconds;
    sc["step_seconds"] = seconds;

    StepReport report{step, totalSteps, elapsedSeconds, std::move(sc)};
    for (auto* o : observers)
        o->onStep(report);
    return true;
}

TrainingOutcome Trainer::Impl::run() {
    ensureFeatures();
    if (stopRequested) return TrainingOutcome::Stopped;
    const int64_t evalEvery = config.integer("eval_every");
    const int64_t snapshotEvery = config.integer("snapshot_every");
    if (step == 0 && !initialEvaluationDone) {
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
        if (stopRequested) return TrainingOutcome::Stopped;
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
