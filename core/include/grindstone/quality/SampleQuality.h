#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"
#include "grindstone/session/ProbeStage.h"
#include "grindstone/training/TrainingEvents.h"

namespace grindstone {

/// Thresholds of the generated-sample quality flags. Defaults are what the galleries use.
struct QualitySettings {
    int neighbours = 5;             ///< k of every k-NN figure
    double metricMargin = 1.6;      ///< the run's metric_margin: a triplet with
                                    ///< D2(a,p) - D2(a,n) + margin > 0 violates it
    double outlierQuantile = 0.99;  ///< distance to the k-th real neighbour above this quantile
                                    ///< of the reals' own figure flags an outlier
    double collapseRatio = 0.5;     ///< a stage whose spread is below this share of its
                                    ///< sources' spread is flagged as collapsed
    double notNegativeShare = 0.5;  ///< a negative whose k nearest real neighbours are of the
                                    ///< anchor's class more than this share is not a negative
};

/// Real embeddings of the training classes the figures compare against (the snapshot's
/// training-class rows of the same step), with their labels and dataset images.
struct RealReference {
    Matrix embeddings;
    std::vector<int> labels;
    std::vector<int64_t> datasetIndices;
};

struct RealNeighbour {
    int64_t referenceRow = 0;
    int64_t datasetIndex = 0;
    int label = 0;
    double distance = 0;  ///< Euclidean, in the embedding space of that step
};

/// The figures of one probe sample (a row of one stage file).
struct SampleQuality {
    std::string stageFile;  ///< "g2_negative"
    ProbeStageName stage;
    int64_t row = 0;        ///< triplet row of the probe batch
    int intendedLabel = 0;  ///< the anchor's class, or the negative's for a negative
    /// D2(a,p) - D2(a,n) of this stage's triplet (the stage's own a / p / n where it has them,
    /// the real ones otherwise); the same for the triplet's three rows. Higher is harder.
    double hardness = 0;
    bool violatesMargin = false;
    int predictedLabel = 0;  ///< softmax classifier trained on the real embeddings
    double predictedProbability = 0;
    bool labelConsistent = false;  ///< predicted == intended
    double anchorClassShare = 0;   ///< share of the k nearest real neighbours in the anchor's class
    bool notANegative = false;     ///< negatives only: anchorClassShare > notNegativeShare
    double kthDistance = 0;        ///< to the k-th nearest real embedding
    double kthDistanceRatio = 0;   ///< kthDistance / the reals' median figure
    bool outlier = false;
    std::vector<RealNeighbour> neighbours;  ///< the k nearest real embeddings, nearest first
};

/// Aggregates over one stage file's samples.
struct StageQuality {
    std::string stageFile;
    ProbeStageName stage;
    int64_t samples = 0;
    double meanHardness = 0;
    double violatingShare = 0;
    double labelConsistency = 0;  ///< share of samples the classifier gives the intended class
    int64_t notNegatives = 0;
    int64_t outliers = 0;
    /// Spread = root mean squared distance to the set's centroid; the sources are the real
    /// samples the stage was generated from (real anchors / positives / negatives, same role).
    double spread = 0;
    double sourceSpread = 0;
    double diversityRatio = 0;  ///< spread / sourceSpread
    bool collapsed = false;
};

/// Quality of the probe batch at one step.
struct ProbeQuality {
    int64_t step = 0;
    double artMargin = 0;  ///< m_t at that step
    QualitySettings settings;
    double realKthDistanceMedian = 0;
    double realKthDistanceThreshold = 0;  ///< the outlier threshold (quantile of the reals')
    double classifierAccuracy = 0;        ///< on the reference it was trained on
    std::vector<SampleQuality> samples;   ///< stage files in pipeline order, rows in order
    std::vector<StageQuality> stages;
};

/// D2(a,p) - D2(a,n) per triplet of a stage's triplet: the stage's own anchor / positive /
/// negative where it generated one, the real ones otherwise. Throws InputError when the probe
/// lacks a real stage it needs.
std::vector<double> stageHardness(const StageSamples& probe, SampleStage stage);

/// Computes every figure of every stage file of `probe` against `reference`. Throws
/// InputError when the sizes do not fit or the reference has fewer than k + 1 rows or one class.
ProbeQuality assessProbe(const StageSamples& probe, const RealReference& reference,
                         const QualitySettings& settings);

/// Steps with a stored probe batch and a snapshot (the figures need both), ascending.
std::vector<int64_t> qualitySteps(const std::string& runFolder);

/// assessProbe on a run folder's probe/step-N against the training-class rows of
/// snapshots/step-N, with the run's metric_margin. Throws InputError naming the file on
/// missing or damaged files.
ProbeQuality assessRunProbe(const std::string& runFolder, int64_t step,
                            QualitySettings settings = {});

}  // namespace grindstone

namespace grindstone {

/// The figures as one JSON object ({step, art_margin, settings, real_kth_distance_median,
/// real_kth_distance_threshold, classifier_accuracy, stages: [...], samples: [...]}), for
/// scripts (`grindstone-cli quality --json`).
std::string probeQualityJson(const ProbeQuality& quality, int indent = 2);

}  // namespace grindstone
