#include "grindstone/training/Trainer.h"

#include <algorithm>
#include <sstream>

#include <torch/cuda.h>

#include "grindstone/Error.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/runtime/Threads.h"
#include "training/LearningRate.h"
#include "training/TrainerImpl.h"

namespace grindstone {
namespace {

std::vector<int64_t> parseDropSteps(const std::string& text, int64_t steps) {
    std::vector<int64_t> out;
    std::stringstream s(text);
    std::string item;
    while (std::getline(s, item, ',')) {
        if (item.find_first_not_of(" ") == std::string::npos) continue;
        char* end = nullptr;
        const double fraction = std::strtod(item.c_str(), &end);
        if (*end != '\0' || !(fraction > 0 && fraction < 1))
            throw InputError("option 'lr_drops': '" + item +
                             "' is not a fraction of the steps in (0, 1)");
        out.push_back(std::max<int64_t>(1, static_cast<int64_t>(fraction * steps)));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

Trainer::Impl::Impl(const Config& cfg, const ImageSet& imgs, std::vector<std::string>& warnings)
    : config(cfg), images(imgs) {
    configureThreads(static_cast<int>(config.integer("threads")));
    seed = static_cast<uint64_t>(config.integer("seed"));
    torch::manual_seed(seed);
    collective = &processCollective();
    microBatches = config.integer("micro_batches");
    rng.seed(seed);
    if (config.text("device") == "cuda") {
        if (!torch::cuda::is_available())
            throw InputError(
                "option 'device': cuda was asked for but no CUDA device is "
                "available to this LibTorch build; use device=cpu");
        device = torch::Device(torch::kCUDA);
    }

    split = makeClassSplit(images, config.text("train_classes"), config.text("test_classes"),
                           config.text("validation_classes"), warnings);
    trainIndices = indicesOfClasses(images, split.trainClasses);
    testIndices = indicesOfClasses(images, split.testClasses);
    classSlot.assign(images.classNames.size(), -1);
    for (size_t i = 0; i < split.trainClasses.size(); ++i)
        classSlot[static_cast<size_t>(split.trainClasses[i])] = static_cast<int>(i);

    std::vector<int> trainLabels;
    for (int64_t i : trainIndices)
        trainLabels.push_back(images.labels[static_cast<size_t>(i)]);
    sampler = std::make_unique<PKSampler>(
        trainIndices, trainLabels, static_cast<int>(config.integer("batch_classes")),
        static_cast<int>(config.integer("batch_per_class")), seed);
    if (const int leftOut = sampler->classesLeftOut(); leftOut > 0) {
        warnings.push_back(std::to_string(leftOut) + " training classes have fewer than " +
                           std::to_string(sampler->perClass()) +
                           " images (batch_per_class) and are not drawn into batches");
    }
    allPixels = torch::from_blob(const_cast<uint8_t*>(images.pixelData()),
                                 {images.size(), images.channels, images.height, images.width},
                                 torch::kUInt8);

    net = EmbeddingNet(embeddingNetSpec(config, images));
    net->to(device);
    const EmbeddingNetSpec& spec = net->spec();
    syncBatchNorm = config.flag("sync_batchnorm");
    // One rank's batches share their statistics through one forward pass, ranks through the
    // all-reduce inside the layers. One process with several batches computes them the same
    // way (its collective adds nothing), so N ranks and N micro-batches differ only by the
    // order of the sums; with one batch a step plain BatchNorm is the same thing, and cheaper.
    if (syncBatchNorm && batchesPerStep() > 1) synchroniseBatchNorm(*net, collective);
    if (syncBatchNorm && collective->worldSize() > 1 && spec.torchscript && !spec.freezeBackbone &&
        !spec.freezeBackboneNorm)
        warnings.push_back(
            "sync_batchnorm covers the head's BatchNorm only: the TorchScript backbone's own "
            "BatchNorm layers normalise each rank's batches by themselves");
    if (spec.torchscript) {
        const auto channel = [&](const std::vector<double>& values) {
            return torch::tensor(values, torch::kFloat32).view({1, -1, 1, 1}).to(device);
        };
        inputMean = channel(spec.inputMean);
        inputStd = channel(spec.inputStd);
    }
    metricOptimizer = makeMetricOptimizer();
    augmentation = augmentationSettings(config.text("augmentation"));
    if (featureMode() && (augmentation.crop || augmentation.flip))
        warnings.push_back("augmentation '" + config.text("augmentation") +
                           "' is not applied in feature mode: the cached features are of the "
                           "images as they are");
    strategy = makeGenerationStrategy(config, spec.embeddingDim,
                                      static_cast<int64_t>(split.trainClasses.size()), device);
    miner = makeMiner(config.text("miner"));
    margin = config.real("metric_margin");
    tripletsPerBatch = config.integer("triplets");
    logEvery = config.integer("log_every");
    balanceSynGradient = config.flag("balance_syn_gradient");
    totalSteps = config.integer("steps");
    lrDropSteps = parseDropSteps(config.text("lr_drops"), totalSteps);
    chooseFixedSubsets();
}

std::unique_ptr<torch::optim::Adam> Trainer::Impl::makeMetricOptimizer() {
    const auto options = torch::optim::AdamOptions(config.real("lr_metric"))
                             .weight_decay(config.real("weight_decay"));
    const double backboneLr = config.real("lr_backbone");
    ScriptBackbone& script = net->scriptBackbone();
    if (!script || script->frozen() || backboneLr <= 0)
        return std::make_unique<torch::optim::Adam>(net->parameters(), options);
    // A pretrained backbone usually fine-tunes at a smaller rate than the fresh head.
    std::vector<torch::Tensor> head;
    for (const auto& item : net->named_parameters())
        if (item.key().rfind("backbone.", 0) != 0) head.push_back(item.value());
    auto backboneOptions = std::make_unique<torch::optim::AdamOptions>(options);
    backboneOptions->lr(backboneLr);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(head);
    groups.emplace_back(script->parameters(), std::move(backboneOptions));
    return std::make_unique<torch::optim::Adam>(std::move(groups), options);
}

void Trainer::Impl::emitEvent(const std::string& kind, const std::string& message) {
    const TrainingEvent event{step, kind, message};
    for (auto* o : observers)
        o->onEvent(event);
}

void Trainer::Impl::emitProgress(const std::string& phase, int64_t done, int64_t total) {
    const PhaseProgress progress{phase, done, total};
    for (auto* o : observers)
        o->onProgress(progress);
}

Trainer::Trainer(const Config& config, const ImageSet& images, std::vector<std::string>& warnings)
    : m_impl(std::make_unique<Impl>(config, images, warnings)) {}
Trainer::~Trainer() = default;

void Trainer::addObserver(TrainingObserver* observer) {
    m_impl->observers.push_back(observer);
}
TrainingOutcome Trainer::run() {
    return m_impl->run();
}
void Trainer::requestStop() {
    m_impl->stopRequested = true;
    requestPause(false);
}
void Trainer::requestPause(bool paused) {
    {
        std::lock_guard<std::mutex> lock(m_impl->pauseMutex);
        m_impl->pauseRequested = paused;
    }
    m_impl->pauseChanged.notify_all();
}
bool Trainer::paused() const {
    return m_impl->pauseRequested;
}
int64_t Trainer::step() const {
    return m_impl->step;
}
int64_t Trainer::totalSteps() const {
    return m_impl->totalSteps;
}
void Trainer::setTotalSteps(int64_t steps) {
    m_impl->totalSteps = steps;
}
EvaluationReport Trainer::evaluate(bool final) {
    return m_impl->evaluate(final);
}
void Trainer::saveCheckpoint(const std::string& path) const {
    m_impl->saveCheckpoint(path);
}
void Trainer::loadCheckpoint(const std::string& path) {
    m_impl->loadCheckpoint(path);
}
void Trainer::adoptChangedLearningRates(const Config& previous) {
    auto ratio = [&](const char* key) { return m_impl->config.real(key) / previous.real(key); };
    if (ratio("lr_metric") != 1.0) scaleLearningRate(*m_impl->metricOptimizer, ratio("lr_metric"));
    if (ratio("lr_generator") != 1.0)
        m_impl->strategy->scaleGeneratorLearningRate(ratio("lr_generator"));
    if (ratio("lr_discriminator") != 1.0)
        m_impl->strategy->scaleCriticLearningRate(ratio("lr_discriminator"));
}
const std::string& Trainer::nonFiniteProblem() const {
    return m_impl->nonFiniteProblem;
}
void Trainer::rollBack(const std::string& checkpoint, double generatorLrFactor) {
    m_impl->loadCheckpoint(checkpoint);
    m_impl->strategy->scaleGeneratorLearningRate(generatorLrFactor);
    m_impl->nonFiniteProblem.clear();
}
Matrix Trainer::embed(const std::vector<int64_t>& indices) {
    return m_impl->embed(indices);
}
std::vector<int64_t> Trainer::displayedImages() const {
    std::vector<int64_t> all = m_impl->snapshotIndices;
    for (const auto* part :
         {&m_impl->probeAnchors, &m_impl->probePositives, &m_impl->probeNegatives})
        all.insert(all.end(), part->begin(), part->end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}
const std::vector<int>& Trainer::trainClasses() const {
    return m_impl->split.trainClasses;
}
const std::vector<int>& Trainer::testClasses() const {
    return m_impl->split.testClasses;
}

}  // namespace grindstone
