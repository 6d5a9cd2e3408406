#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"
#include "grindstone/session/ProbeStage.h"
#include "grindstone/training/TrainingEvents.h"

namespace grindstone {

/// Where a row of StepPoints comes from.
struct StepPointSource {
    int label = 0;
    int64_t datasetIndex = 0;  ///< the real image (for a generated row: the one it came from)
    bool isTest = false;       ///< evaluation rows: a test class; probe rows are training classes
    bool probe = false;        ///< false: the fixed evaluation subset
    std::string stageFile;     ///< probe rows: "g2_negative", ...
    ProbeStageName stage;      ///< probe rows
    int64_t probeRow = -1;     ///< probe rows: the triplet's row
};

/// A generated triplet as the 3D view draws it: real anchor -> real positive and real anchor
/// -> the generated negative, with whether that triplet violates the metric margin.
struct StepTriplet {
    int64_t anchor = 0, positive = 0, negative = 0;  ///< row indices into StepPoints
    double hardness = 0;                             ///< D2(a,p) - D2(a,n)
    bool violatesMargin = false;
};

/// Everything stored at one snapshot step, as rows in embedding space: the fixed evaluation
/// subset first (the snapshot's row order), then the probe batch, stage file by stage file in
/// pipeline order. `hardness` is per row (NaN for evaluation rows): that of its stage's triplet.
struct StepPoints {
    int64_t step = 0;
    Matrix embeddings;
    std::vector<StepPointSource> sources;
    std::vector<double> hardness;
    std::vector<StepTriplet> triplets;
    int64_t evaluationRows = 0;
    double artMargin = 0;     ///< m_t at that step (0 without stage 2)
    double metricMargin = 0;  ///< the run's metric_margin
};

/// Reads snapshots/step-N and, when stored, probe/step-N of a run folder. Throws InputError
/// naming the file when something is missing or damaged.
StepPoints readStepPoints(const std::string& runFolder, int64_t step);

/// The probe batch stored at `step` (probe/step-N: provenance and every stage's rows). Throws
/// InputError naming the file when it is missing or damaged.
StageSamples readProbeStep(const std::string& runFolder, int64_t step);

/// Steps with an embedding snapshot, ascending.
std::vector<int64_t> storedSnapshotSteps(const std::string& runFolder);

}  // namespace grindstone
