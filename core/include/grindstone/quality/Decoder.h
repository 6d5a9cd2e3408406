#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone {

/// How the embedding -> image decoder of a run is trained.
struct DecoderSettings {
    int64_t steps = 1500;  ///< optimiser steps
    int64_t batchSize = 128;
    double learningRate = 1e-3;  ///< Adam
    int64_t maxImages = 20000;   ///< training-class images embedded (a seeded sample if more)
    double heldOutShare = 0.1;   ///< of those, kept out of training to measure the error
    uint64_t seed = 0;
    int threads = 0;  ///< LibTorch threads (0 = all cores)
};

/// What a decoder training reported; saved beside the decoder as decoder/step-N.json.
struct DecoderReport {
    int64_t checkpointStep = 0;
    int64_t trainImages = 0;
    int64_t heldOutImages = 0;
    /// Mean squared pixel error on the held-out real images, pixels in [0, 1]: after training,
    /// before it, and of the best constant guess (the mean training image), so a reader knows
    /// how far to trust a decoded picture.
    double heldOutMse = 0;
    double heldOutMseUntrained = 0;
    double heldOutMseMeanImage = 0;
    std::vector<double> trainingLoss;  ///< mean batch loss per tenth of the steps
    double seconds = 0;
};

/// Progress in [0, 1] with a phase name; return false to cancel (throws DecoderCancelled).
using DecoderProgress = std::function<bool(double fraction, const std::string& phase)>;

class DecoderCancelled : public std::runtime_error {
public:
    DecoderCancelled() : std::runtime_error("decoder training cancelled") {}
};

/// Trains a decoder for a run's checkpoint (the newest when `checkpointStep` < 0): embeds the
/// run's training-class images with that checkpoint's network and fits an MLP from embedding to
/// pixels. Writes decoder/step-N.pt and decoder/step-N.json atomically. Throws InputError on a
/// run, checkpoint or dataset that cannot be read.
DecoderReport trainRunDecoder(const std::string& runFolder, int64_t checkpointStep,
                              const DecoderSettings& settings,
                              const DecoderProgress& progress = {});

/// The decoder steps stored in a run folder, ascending.
std::vector<int64_t> decoderSteps(const std::string& runFolder);

/// A trained decoder, loaded from a run folder: renders embeddings as images.
class EmbeddingDecoder {
public:
    /// Loads decoder/step-N (the newest when `step` < 0). Throws InputError naming the file.
    EmbeddingDecoder(const std::string& runFolder, int64_t step = -1);
    ~EmbeddingDecoder();
    EmbeddingDecoder(EmbeddingDecoder&&) noexcept;

    /// One image per row: channels x height x width bytes each, channel-major as ImageSet.
    std::vector<std::vector<uint8_t>> decode(const Matrix& embeddings) const;

    int64_t channels() const;
    int64_t height() const;
    int64_t width() const;
    int64_t embeddingDim() const;
    const DecoderReport& report() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace grindstone
