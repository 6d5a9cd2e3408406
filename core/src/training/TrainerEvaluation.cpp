#include <algorithm>
#include <chrono>
#include <sstream>

#include <ATen/CPUGeneratorImpl.h>

#include "grindstone/Error.h"
#include "grindstone/bench/BenchPlan.h"
#include "runtime/MatrixTensor.h"
#include "training/TrainerImpl.h"

namespace grindstone {
namespace {

/// `count` indices drawn from `from` with a fixed engine, returned sorted.
std::vector<int64_t> fixedSample(std::vector<int64_t> from, size_t count, std::mt19937_64& rng) {
    if (count >= from.size()) return from;
    std::shuffle(from.begin(), from.end(), rng);
    from.resize(count);
    std::sort(from.begin(), from.end());
    return from;
}

}  // namespace

void Trainer::Impl::chooseFixedSubsets() {
    // A separate engine so the subsets never depend on, or disturb, the training stream; and
    // a fixed seed, so every run on the same data and split snapshots the same evaluation
    // images and probes the same triplets: runs (other seeds, other methods) compare point by
    // point.
    std::mt19937_64 subsetRng(0x5eed5eedULL);
    const auto snapshotSize = static_cast<size_t>(config.integer("snapshot_size"));
    auto test = fixedSample(testIndices, (snapshotSize + 1) / 2, subsetRng);
    auto train = fixedSample(trainIndices, snapshotSize / 2, subsetRng);
    snapshotIndices = test;
    snapshotIndices.insert(snapshotIndices.end(), train.begin(), train.end());

    const auto cap = static_cast<size_t>(config.integer("eval_max_images"));
    evalIndices = cap == 0 ? testIndices : fixedSample(testIndices, cap, subsetRng);

    // The probe batch: one P x K batch of training images and random triplets from it.
    std::vector<int> trainLabels;
    for (int64_t i : trainIndices)
        trainLabels.push_back(images.labels[static_cast<size_t>(i)]);
    PKSampler probeSampler(trainIndices, trainLabels, sampler->classesPerBatch(),
                           sampler->perClass(), subsetRng());
    const auto batch = probeSampler.next();
    std::vector<int> labels;
    for (int64_t i : batch)
        labels.push_back(images.labels[static_cast<size_t>(i)]);
    const std::vector<float> zeros(batch.size() * batch.size(), 0.0f);
    const auto mined = makeMiner("random")->mine(
        {zeros, labels, 0, margin}, std::min<int64_t>(tripletsPerBatch, 32), subsetRng);
    for (size_t i = 0; i < mined.size(); ++i) {
        probeAnchors.push_back(batch[static_cast<size_t>(mined.anchors[i])]);
        probePositives.push_back(batch[static_cast<size_t>(mined.positives[i])]);
        probeNegatives.push_back(batch[static_cast<size_t>(mined.negatives[i])]);
    }
}

Matrix Trainer::Impl::embed(const std::vector<int64_t>& indices) {
    ensureFeatures();
    torch::NoGradGuard noGrad;
    net->eval();
    // 1,024 rows at a time, fewer for large images: a chunk of 224 px photographs through a
    // CNN holds its activations at full resolution (1,024 of them would take gigabytes).
    constexpr int64_t kRows = 1024;
    constexpr int64_t kPixels = kRows * 32 * 32;
    const auto chunk = static_cast<size_t>(
        featureTable.defined()
            ? kRows
            : std::clamp(kPixels / (images.height * images.width), int64_t{16}, kRows));
    std::vector<torch::Tensor> parts;
    for (size_t begin = 0; begin < indices.size(); begin += chunk) {
        const std::vector<int64_t> part(
            indices.begin() + static_cast<std::ptrdiff_t>(begin),
            indices.begin() + static_cast<std::ptrdiff_t>(std::min(indices.size(), begin + chunk)));
        parts.push_back(net->forward(imageBatch(part)));
    }
    net->train();
    if (parts.empty()) return Matrix(0, net->spec().embeddingDim);
    return tensorMatrix(torch::cat(parts));
}

EvaluationReport Trainer::Impl::evaluate(bool final) {
    const auto started = std::chrono::steady_clock::now();
    const auto& indices = final ? testIndices : evalIndices;
    const Matrix embeddings = embed(indices);
    std::vector<int> labels;
    for (int64_t i : indices)
        labels.push_back(images.labels[static_cast<size_t>(i)]);
    EvaluationReport report;
    report.step = step;
    report.final = final;
    report.images = static_cast<int64_t>(indices.size());
    const std::vector<bool> inGallery = images.galleryFlags(indices);
    report.galleryImages = std::count(inGallery.begin(), inGallery.end(), true);
    report.metrics = evaluateRetrieval(embeddings, labels, recallKs(config),
                                       static_cast<uint64_t>(config.integer("seed")), inGallery);
    if (final) report.verification = verify(embeddings, labels, inGallery);
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (auto* o : observers)
        o->onEvaluation(report);
    return report;
}

std::optional<VerificationReport> Trainer::Impl::verify(const Matrix& testEmbeddings,
                                                        const std::vector<int>& testLabels,
                                                        const std::vector<bool>& testGalleryFlags) {
    // A fixed seed: every run on the same split draws the same pairs, so runs compare pair for
    // pair.
    constexpr uint64_t pairSeed = 0x7e2f1ca7ULL;
    constexpr size_t storedRocPoints = 400;
    const int64_t maxPairs = config.integer("verification_pairs");
    PairDistances test;
    try {
        test = verificationPairs(testEmbeddings, testLabels, maxPairs, maxPairs, pairSeed,
                                 testGalleryFlags);
    } catch (const InputError&) {
        return std::nullopt;  // no same-class pair among the test images: nothing to verify
    }
    VerificationReport report;
    report.test = verificationCurve(test, standardFalseAcceptRates());
    report.test.roc = thinnedRoc(report.test.roc, storedRocPoints);
    if (split.validationClasses.empty()) return report;

    const auto validationIndices = indicesOfClasses(images, split.validationClasses);
    std::vector<int> validationLabels;
    for (int64_t i : validationIndices)
        validationLabels.push_back(images.labels[static_cast<size_t>(i)]);
    PairDistances validation;
    try {
        validation = verificationPairs(embed(validationIndices), validationLabels, maxPairs,
                                       maxPairs, pairSeed);
    } catch (const InputError&) {
        return report;  // validation classes too small to choose a threshold on
    }
    ThresholdTransfer chosen;
    chosen.targetFar = config.real("verification_far");
    chosen.validationImages = static_cast<int64_t>(validationIndices.size());
    const double threshold = thresholdForFalseAcceptRate(validation.negative, chosen.targetFar);
    chosen.validation = operatingPoint(validation, threshold);
    chosen.test = operatingPoint(test, threshold);
    report.chosen = chosen;
    return report;
}

void Trainer::Impl::emitSnapshot() {
    EmbeddingSnapshot snapshot;
    snapshot.step = step;
    snapshot.embeddings = embed(snapshotIndices);
    snapshot.datasetIndices = snapshotIndices;
    const auto testCount = static_cast<size_t>((config.integer("snapshot_size") + 1) / 2);
    for (size_t i = 0; i < snapshotIndices.size(); ++i) {
        snapshot.labels.push_back(images.labels[static_cast<size_t>(snapshotIndices[i])]);
        snapshot.isTest.push_back(i < std::min(testCount, testIndices.size()) ? 1 : 0);
    }
    for (auto* o : observers)
        o->onSnapshot(snapshot);
}

void Trainer::Impl::emitProbe() {
    if (probeAnchors.empty()) return;
    StageSamples samples;
    samples.step = step;
    // The probe's dropout draws from torch's generator: put its state back afterwards so that
    // when (and whether) probes run never changes the training stream (resume exactness).
    auto generator = at::detail::getDefaultCPUGenerator();
    const auto rngState = generator.get_state();
    {
        torch::NoGradGuard noGrad;
        net->eval();
        MinedTriplets positions;
        std::vector<int64_t> batch;
        const auto n = static_cast<int64_t>(probeAnchors.size());
        for (int64_t i = 0; i < n; ++i) {
            batch.push_back(probeAnchors[static_cast<size_t>(i)]);
            batch.push_back(probePositives[static_cast<size_t>(i)]);
            batch.push_back(probeNegatives[static_cast<size_t>(i)]);
            positions.anchors.push_back(3 * i);
            positions.positives.push_back(3 * i + 1);
            positions.negatives.push_back(3 * i + 2);
        }
        const auto x = net->forward(imageBatch(batch));
        net->train();
        const ProbeStages stages = strategy->probe(embedTriplets(x, positions, batch));
        for (const auto& [name, tensor] : stages.stages)
            samples.stages[name] = tensorMatrix(tensor);
        if (stages.stretchFactors.defined()) {
            const auto f = stages.stretchFactors.to(torch::kCPU).contiguous();
            samples.stretchFactors.assign(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
        }
        samples.margin = stages.margin;
    }
    generator.set_state(rngState);
    samples.anchorIndices = probeAnchors;
    samples.positiveIndices = probePositives;
    samples.negativeIndices = probeNegatives;
    for (int64_t i : probeAnchors)
        samples.anchorLabels.push_back(images.labels[static_cast<size_t>(i)]);
    for (int64_t i : probeNegatives)
        samples.negativeLabels.push_back(images.labels[static_cast<size_t>(i)]);
    for (auto* o : observers)
        o->onStageSamples(samples);
}

}  // namespace grindstone
