#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/evaluation/Verification.h"

namespace grindstone {

/// Scalars of one optimiser step: every network's loss, J_real, J_syn, p_t, m_t, tau_t, the
/// running means, stretch-factor and miner statistics. Keys are stable (they are the metrics
/// log's column names); which keys appear depends on the method.
struct StepReport {
    int64_t step = 0;  ///< 1-based: the number of optimiser steps done
    int64_t totalSteps = 0;
    double elapsedSeconds = 0;  ///< training time so far (excludes evaluation)
    std::map<std::string, double> scalars;
};

/// Retrieval figures on the test classes at one step (step 0 = the untrained network).
struct EvaluationReport {
    int64_t step = 0;
    RetrievalMetrics metrics;
    int64_t images = 0;
    /// Of `images`, the gallery that the others query (In-Shop's protocol); 0 when every
    /// image queries all the others.
    int64_t galleryImages = 0;
    double seconds = 0;
    bool final = false;
    /// Final evaluation only: same / different pairs of the test classes (and the threshold
    /// chosen on the validation classes, when the run has any). Absent when the test classes
    /// have no same-class pair.
    std::optional<VerificationReport> verification;
};

/// Embeddings of the fixed evaluation subset (test and train classes) at one step.
struct EmbeddingSnapshot {
    int64_t step = 0;
    Matrix embeddings;
    std::vector<int> labels;
    std::vector<int64_t> datasetIndices;
    std::vector<uint8_t> isTest;  ///< 1 = test class, 0 = training class
};

/// The fixed probe batch's samples at every stage at one step. Each stage is a matrix with one
/// row per triplet; `stages` maps names like "real_anchor", "stretched_anchor", "g1_anchor",
/// "gs_anchor", "g2_negative" to them.
struct StageSamples {
    int64_t step = 0;
    std::map<std::string, Matrix> stages;
    std::vector<int64_t> anchorIndices, positiveIndices, negativeIndices;  ///< dataset indices
    std::vector<int> anchorLabels, negativeLabels;
    std::vector<float> stretchFactors;  ///< per triplet (empty without stage 1)
    double margin = 0;                  ///< m_t at that step (0 without stage 2)
};

/// How far a long phase before training has come (computing a frozen backbone's features: a
/// ResNet-50 takes minutes for a few thousand images). Sent often; not logged.
struct PhaseProgress {
    std::string phase;  ///< "features"
    int64_t done = 0;
    int64_t total = 0;
};

/// Something worth a marker on a chart: "evaluation", "checkpoint", "lr_drop", "rollback",
/// "stage", "warning".
struct TrainingEvent {
    int64_t step = 0;
    std::string kind;
    std::string message;
};

}  // namespace grindstone
