// Training the embedding -> image decoder of a run's checkpoint.
#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/quality/Decoder.h"
#include "grindstone/runtime/Threads.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/training/Trainer.h"
#include "quality/DecoderFiles.h"
#include "runtime/MatrixTensor.h"

namespace grindstone {
namespace {

constexpr int64_t kEmbedChunk = 2048;  // images per embedding call: progress and memory
constexpr int kLossPoints = 10;        // training-loss figures kept in the report

void report(const DecoderProgress& progress, double fraction, const std::string& phase) {
    if (progress && !progress(fraction, phase)) throw DecoderCancelled();
}

torch::Tensor pixelsOf(const ImageSet& images, const std::vector<int64_t>& indices) {
    auto out =
        torch::empty({static_cast<int64_t>(indices.size()), images.imageBytes()}, torch::kUInt8);
    auto* dst = out.data_ptr<uint8_t>();
    for (size_t i = 0; i < indices.size(); ++i)
        std::copy_n(images.image(indices[i]), images.imageBytes(), dst + i * images.imageBytes());
    return out.to(torch::kFloat32) / 255.0;
}

torch::Tensor embedAll(Trainer& trainer, const std::vector<int64_t>& indices,
                       const DecoderProgress& progress) {
    std::vector<torch::Tensor> parts;
    for (size_t start = 0; start < indices.size(); start += kEmbedChunk) {
        const size_t end = std::min(indices.size(), start + kEmbedChunk);
        report(progress, 0.25 * double(start) / double(indices.size()), "embedding images");
        parts.push_back(matrixTensor(trainer.embed({indices.begin() + static_cast<long>(start),
                                                    indices.begin() + static_cast<long>(end)})));
    }
    return torch::cat(parts);
}

double mse(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).pow(2).mean().item<double>();
}

void checkSettings(const DecoderSettings& s) {
    if (s.steps < 1 || s.batchSize < 1 || s.maxImages < 20 || !(s.learningRate > 0) ||
        !(s.heldOutShare > 0 && s.heldOutShare < 1))
        throw InputError(
            "decoder: steps and batch size must be >= 1, images >= 20, learning rate > 0 and "
            "the held-out share in (0, 1)");
}

}  // namespace

std::vector<int64_t> decoderSteps(const std::string& runFolder) {
    return stepsOfFiles((std::filesystem::path(runFolder) / "decoder").string(), ".json");
}

DecoderReport trainRunDecoder(const std::string& runFolder, int64_t checkpointStep,
                              const DecoderSettings& settings, const DecoderProgress& progress) {
    checkSettings(settings);
    const auto started = std::chrono::steady_clock::now();
    const Config config = loadRunConfig(runFolder);
    const std::string checkpoint = checkpointStep < 0 ? newestCheckpoint(runFolder)
                                                      : checkpointPath(runFolder, checkpointStep);
    if (!std::filesystem::exists(checkpoint))
        throw InputError("'" + runFolder + "' has no checkpoint at step " +
                         std::to_string(checkpointStep) + " (missing " + checkpoint + ")");
    configureThreads(settings.threads);
    report(progress, 0, "loading the dataset");
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(config, warnings);
    Trainer trainer(config, images, warnings);
    trainer.loadCheckpoint(checkpoint);

    // The training classes' images, a seeded sample of them, split into fit / held out.
    const auto& classes = trainer.trainClasses();
    std::vector<int64_t> indices;
    for (int64_t i = 0; i < images.size(); ++i)
        if (std::find(classes.begin(), classes.end(), images.labels[static_cast<size_t>(i)]) !=
            classes.end())
            indices.push_back(i);
    std::mt19937_64 rng(settings.seed);
    std::shuffle(indices.begin(), indices.end(), rng);
    if (static_cast<int64_t>(indices.size()) > settings.maxImages)
        indices.resize(static_cast<size_t>(settings.maxImages));
    const auto heldOut =
        std::max<int64_t>(1, static_cast<int64_t>(settings.heldOutShare * double(indices.size())));
    const std::vector<int64_t> fitIndices(indices.begin() + heldOut, indices.end());
    const std::vector<int64_t> heldIndices(indices.begin(), indices.begin() + heldOut);

    const auto fitX = embedAll(trainer, fitIndices, progress);
    const auto heldX = embedAll(trainer, heldIndices, progress);
    const auto fitY = pixelsOf(images, fitIndices);
    const auto heldY = pixelsOf(images, heldIndices);

    torch::manual_seed(settings.seed);
    quality::DecoderNet net(fitX.size(1), fitY.size(1));
    net->mean.copy_(fitX.mean(0, true));
    net->scale.copy_(fitX.std(0, true, true).clamp_min(1e-6));
    DecoderReport result;
    result.trainImages = static_cast<int64_t>(fitIndices.size());
    result.heldOutImages = heldOut;
    {
        torch::NoGradGuard noGrad;
        net->eval();
        result.heldOutMseUntrained = mse(net->forward(heldX), heldY);
        result.heldOutMseMeanImage = mse(fitY.mean(0, true).expand_as(heldY), heldY);
    }
    net->train();
    torch::optim::Adam optimiser(net->parameters(),
                                 torch::optim::AdamOptions(settings.learningRate));
    const int64_t n = fitX.size(0);
    const int64_t per = std::max<int64_t>(1, settings.steps / kLossPoints);
    double lossSum = 0;
    int64_t lossCount = 0;
    auto order = torch::randperm(n, torch::kInt64);
    int64_t cursor = 0;
    for (int64_t step = 0; step < settings.steps; ++step) {
        if (cursor + settings.batchSize > n) {
            order = torch::randperm(n, torch::kInt64);
            cursor = 0;
        }
        const auto batch = order.narrow(0, cursor, std::min(settings.batchSize, n));
        cursor += settings.batchSize;
        optimiser.zero_grad();
        const auto loss =
            torch::mse_loss(net->forward(fitX.index_select(0, batch)), fitY.index_select(0, batch));
        loss.backward();
        optimiser.step();
        lossSum += loss.item<double>();
        if (++lossCount == per || step + 1 == settings.steps) {
            result.trainingLoss.push_back(lossSum / double(lossCount));
            lossSum = 0;
            lossCount = 0;
            report(progress, 0.25 + 0.75 * double(step + 1) / double(settings.steps),
                   "training the decoder");
        }
    }
    net->eval();
    {
        torch::NoGradGuard noGrad;
        result.heldOutMse = mse(net->forward(heldX), heldY);
    }
    result.checkpointStep = checkpointStep < 0 ? checkpointSteps(runFolder).back() : checkpointStep;
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    quality::saveDecoder(runFolder, net,
                         {images.channels, images.height, images.width, fitX.size(1)}, result);
    return result;
}

}  // namespace grindstone
