#pragma once

#include <QImage>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"
#include "grindstone/quality/Decoder.h"
#include "grindstone/quality/SampleQuality.h"

namespace grindstone::widgets {

/// Where the probe batch of one step came from (probe/step-N/samples.json).
struct ProbeProvenance {
    int64_t step = 0;
    double artMargin = 0;                                                  ///< m_t at that step
    std::vector<int64_t> anchorIndices, positiveIndices, negativeIndices;  ///< dataset indices
    std::vector<int> anchorLabels, negativeLabels;
    std::vector<float> stretchFactors;  ///< per triplet; empty without stage 1
    int64_t triplets() const { return static_cast<int64_t>(anchorIndices.size()); }
};

/// Everything the Samples view shows of one probe step: the quality figures, the stage
/// embeddings (for the triplet inspector's distances), the provenance and, when the run has a
/// decoder, every generated sample decoded to an image. Built off the UI thread
/// (loadStepSamples), then handed to the view read-only.
struct StepSamples {
    QString runFolder;
    int64_t step = -1;
    ProbeQuality quality;
    ProbeProvenance provenance;
    std::map<std::string, Matrix> embeddings;            ///< stage file -> rows
    std::map<std::string, std::vector<QImage>> decoded;  ///< stage file -> row images
    std::optional<DecoderReport> decoder;                ///< the decoder used, if any
    std::vector<int64_t> decoderSteps;                   ///< every decoder the run has
    QString problem;  ///< why nothing (or part) could be loaded; empty when all is well

    /// Index into quality.samples of (stage file, row); -1 when absent.
    int sampleIndex(const std::string& stageFile, int64_t row) const;
    /// The decoded image of a sample, null without one.
    QImage decodedImage(const std::string& stageFile, int64_t row) const;
    /// The dataset image a real stage file's row shows (anchor / positive / negative index),
    /// -1 for a generated stage.
    int64_t realDatasetIndex(const std::string& stageFile, int64_t row) const;
    /// "anchor #4914 (class 16), positive #1070, negative #3110 (class 10) · stretch factor
    /// 2.651": where triplet `row` comes from; empty for a row the batch does not have.
    QString tripletOrigin(int64_t row) const;
};

/// Reads and assesses probe/step-`step` of a run (about a second: call it off the UI thread).
/// Decodes with the run's decoder nearest to `step` when it has one. Never throws: a failure
/// comes back in `problem`.
StepSamples loadStepSamples(const QString& runFolder, int64_t step);

/// The provenance part of a stored probe batch.
ProbeProvenance provenanceOf(const StageSamples& probe);

}  // namespace grindstone::widgets
