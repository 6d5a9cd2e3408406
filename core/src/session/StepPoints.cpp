#include "grindstone/session/StepPoints.h"

#include <algorithm>
#include <cmath>

#include "export/SnapshotFiles.h"
#include "grindstone/Error.h"
#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone {
namespace {

void appendRows(Matrix& into, const Matrix& rows) {
    into.values.insert(into.values.end(), rows.values.begin(), rows.values.end());
    into.rows += rows.rows;
}

/// The generated negative the view links each anchor to: stage 2's, else HDML's.
const char* generatedNegative(const StageSamples& probe) {
    for (const char* name : {"g2_negative", "generated_negative", "interpolated_negative"})
        if (probe.stages.count(name)) return name;
    return nullptr;
}

}  // namespace

StageSamples readProbeStep(const std::string& runFolder, int64_t step) {
    bool found = false;
    StageSamples probe = readStageSamples(runFolder, step, found);
    if (!found)
        throw InputError("'" + runFolder + "' has no probe batch at step " + std::to_string(step) +
                         " (missing " + probeSidecarPath(runFolder, step) + ")");
    return probe;
}

std::vector<int64_t> storedSnapshotSteps(const std::string& runFolder) {
    return snapshotSteps(runFolder);
}

StepPoints readStepPoints(const std::string& runFolder, int64_t step) {
    StepPoints out;
    out.step = step;
    out.metricMargin = loadRunConfig(runFolder).real("metric_margin");
    const EmbeddingSnapshot snapshot = readSnapshot(runFolder, step);
    out.embeddings = snapshot.embeddings;
    out.evaluationRows = snapshot.embeddings.rows;
    for (size_t i = 0; i < snapshot.labels.size(); ++i) {
        StepPointSource s;
        s.label = snapshot.labels[i];
        s.datasetIndex = snapshot.datasetIndices[i];
        s.isTest = snapshot.isTest[i] != 0;
        out.sources.push_back(s);
        out.hardness.push_back(NAN);
    }
    bool found = false;
    const StageSamples probe = readStageSamples(runFolder, step, found);
    if (!found) return out;
    out.artMargin = probe.margin;

    std::vector<std::pair<std::string, ProbeStageName>> stages;
    for (const auto& [name, matrix] : probe.stages) {
        const auto parsed = parseProbeStage(name);
        if (!parsed)
            throw InputError("'" + probeSidecarPath(runFolder, step) + "' lists stage '" + name +
                             "', which this Grindstone does not know");
        if (matrix.cols != out.embeddings.cols)
            throw InputError("'" + probeSidecarPath(runFolder, step) + "': stage '" + name +
                             "' has " + std::to_string(matrix.cols) + " columns, the snapshot " +
                             std::to_string(out.embeddings.cols));
        stages.push_back({name, *parsed});
    }
    std::stable_sort(stages.begin(), stages.end(), [](const auto& a, const auto& b) {
        return pipelineBefore(a.second, b.second);
    });
    std::map<std::string, int64_t> firstRow;  // stage file -> its first row in `out`
    for (const auto& [name, stage] : stages) {
        const Matrix& m = probe.stages.at(name);
        firstRow[name] = out.embeddings.rows;
        const auto hardness = stageHardness(probe, stage.stage);
        for (int64_t r = 0; r < m.rows; ++r) {
            const auto t = static_cast<size_t>(r);
            StepPointSource s;
            s.probe = true;
            s.stageFile = name;
            s.stage = stage;
            s.probeRow = r;
            const bool negative = stage.role == SampleRole::Negative;
            s.label = negative ? probe.negativeLabels[t] : probe.anchorLabels[t];
            s.datasetIndex = stage.role == SampleRole::Anchor     ? probe.anchorIndices[t]
                             : stage.role == SampleRole::Positive ? probe.positiveIndices[t]
                                                                  : probe.negativeIndices[t];
            out.sources.push_back(s);
            out.hardness.push_back(hardness[t]);
        }
        appendRows(out.embeddings, m);
    }
    const char* negative = generatedNegative(probe);
    if (negative && firstRow.count("real_anchor") && firstRow.count("real_positive")) {
        const Matrix& n = probe.stages.at(negative);
        const Matrix& a = probe.stages.at("real_anchor");
        const Matrix& p = probe.stages.at("real_positive");
        for (int64_t r = 0; r < n.rows; ++r) {
            double ap = 0, an = 0;
            for (int64_t k = 0; k < n.cols; ++k) {
                ap += std::pow(double(a.at(r, k)) - p.at(r, k), 2);
                an += std::pow(double(a.at(r, k)) - n.at(r, k), 2);
            }
            StepTriplet t;
            t.anchor = firstRow["real_anchor"] + r;
            t.positive = firstRow["real_positive"] + r;
            t.negative = firstRow[negative] + r;
            t.hardness = ap - an;
            t.violatesMargin = t.hardness + out.metricMargin > 0;
            out.triplets.push_back(t);
        }
    }
    return out;
}

}  // namespace grindstone
