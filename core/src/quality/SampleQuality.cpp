#include "grindstone/quality/SampleQuality.h"

#include <algorithm>
#include <cmath>

#include "grindstone/Error.h"
#include "quality/RealNeighbours.h"
#include "quality/SoftmaxProbe.h"
#include "runtime/MatrixTensor.h"

namespace grindstone {
namespace {

const Matrix& stageMatrix(const StageSamples& probe, const std::string& name) {
    const auto it = probe.stages.find(name);
    if (it == probe.stages.end())
        throw InputError("the probe batch of step " + std::to_string(probe.step) +
                         " has no stage '" + name + "'");
    return it->second;
}

/// The stage's own anchor / positive / negative where it generated one, the real one otherwise.
const Matrix& tripletPart(const StageSamples& probe, SampleStage stage, SampleRole role) {
    const std::string own = std::string(stagePrefix(stage)) + roleName(role);
    if (probe.stages.count(own)) return probe.stages.at(own);
    return stageMatrix(probe, std::string("real_") + roleName(role));
}

}  // namespace

std::vector<double> stageHardness(const StageSamples& probe, SampleStage stage) {
    const auto a = matrixTensor(tripletPart(probe, stage, SampleRole::Anchor));
    const auto p = matrixTensor(tripletPart(probe, stage, SampleRole::Positive));
    const auto n = matrixTensor(tripletPart(probe, stage, SampleRole::Negative));
    const auto h = ((a - p).pow(2).sum(1) - (a - n).pow(2).sum(1)).to(torch::kFloat64);
    return std::vector<double>(h.data_ptr<double>(), h.data_ptr<double>() + h.numel());
}

namespace {

double quantile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const auto low = static_cast<size_t>(std::floor(position));
    const auto high = std::min(low + 1, values.size() - 1);
    return values[low] + (position - double(low)) * (values[high] - values[low]);
}

void checkInputs(const StageSamples& probe, const RealReference& reference,
                 const QualitySettings& settings) {
    const auto& ref = reference.embeddings;
    if (settings.neighbours < 1) throw InputError("quality: neighbours must be at least 1");
    if (ref.rows < settings.neighbours + 1)
        throw InputError("quality: the real reference has " + std::to_string(ref.rows) +
                         " rows; at least neighbours + 1 = " +
                         std::to_string(settings.neighbours + 1) + " are needed");
    if (reference.labels.size() != static_cast<size_t>(ref.rows) ||
        reference.datasetIndices.size() != static_cast<size_t>(ref.rows))
        throw InputError("quality: the real reference's labels or indices do not match its rows");
    if (std::all_of(reference.labels.begin(), reference.labels.end(),
                    [&](int l) { return l == reference.labels.front(); }))
        throw InputError("quality: the real reference holds a single class");
    for (const auto& [name, m] : probe.stages) {
        if (m.cols != ref.cols)
            throw InputError("quality: stage '" + name + "' has " + std::to_string(m.cols) +
                             " columns, the reference " + std::to_string(ref.cols));
        if (m.rows != static_cast<int64_t>(probe.anchorLabels.size()) ||
            m.rows != static_cast<int64_t>(probe.negativeLabels.size()))
            throw InputError("quality: stage '" + name + "' has " + std::to_string(m.rows) +
                             " rows, the probe batch " + std::to_string(probe.anchorLabels.size()) +
                             " triplets");
        if (!parseProbeStage(name)) throw InputError("quality: unknown stage '" + name + "'");
    }
}

/// Stage files in pipeline order, then anchor / positive / negative.
std::vector<std::pair<std::string, ProbeStageName>> orderedStages(const StageSamples& probe) {
    std::vector<std::pair<std::string, ProbeStageName>> out;
    for (const auto& entry : probe.stages)
        out.push_back({entry.first, *parseProbeStage(entry.first)});
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return pipelineBefore(x.second, y.second);
    });
    return out;
}

}  // namespace

ProbeQuality assessProbe(const StageSamples& probe, const RealReference& reference,
                         const QualitySettings& settings) {
    checkInputs(probe, reference, settings);
    torch::NoGradGuard noGrad;
    const int k = settings.neighbours;
    const quality::RealNeighbours index(reference);
    const auto referenceTensor = matrixTensor(reference.embeddings);
    const quality::SoftmaxProbe classifier(referenceTensor, reference.labels);

    ProbeQuality result;
    result.step = probe.step;
    result.artMargin = probe.margin;
    result.settings = settings;
    result.classifierAccuracy = classifier.trainingAccuracy();
    const auto own = index.ownKthDistances(k).to(torch::kFloat64).contiguous();
    const std::vector<double> realKth(own.data_ptr<double>(), own.data_ptr<double>() + own.numel());
    result.realKthDistanceMedian = quantile(realKth, 0.5);
    result.realKthDistanceThreshold = quantile(realKth, settings.outlierQuantile);

    for (const auto& [name, stage] : orderedStages(probe)) {
        const auto rows = matrixTensor(probe.stages.at(name));
        const auto hardness = stageHardness(probe, stage.stage);
        torch::Tensor distances, neighbourRows;
        index.nearest(rows, k, distances, neighbourRows);
        std::vector<int> predicted;
        std::vector<double> probability;
        classifier.predict(rows, predicted, probability);

        StageQuality agg;
        agg.stageFile = name;
        agg.stage = stage;
        agg.samples = rows.size(0);
        for (int64_t i = 0; i < rows.size(0); ++i) {
            const auto t = static_cast<size_t>(i);
            SampleQuality s;
            s.stageFile = name;
            s.stage = stage;
            s.row = i;
            s.intendedLabel = stage.role == SampleRole::Negative ? probe.negativeLabels[t]
                                                                 : probe.anchorLabels[t];
            s.hardness = hardness[t];
            s.violatesMargin = s.hardness + settings.metricMargin > 0;
            s.predictedLabel = predicted[t];
            s.predictedProbability = probability[t];
            s.labelConsistent = s.predictedLabel == s.intendedLabel;
            int anchorClass = 0;
            for (int j = 0; j < k; ++j) {
                const auto r = static_cast<size_t>(neighbourRows[i][j].item<int64_t>());
                const RealNeighbour n{static_cast<int64_t>(r), reference.datasetIndices[r],
                                      reference.labels[r], distances[i][j].item<double>()};
                anchorClass += n.label == probe.anchorLabels[t];
                s.neighbours.push_back(n);
            }
            s.anchorClassShare = double(anchorClass) / k;
            s.notANegative = stage.role == SampleRole::Negative &&
                             s.anchorClassShare > settings.notNegativeShare;
            s.kthDistance = s.neighbours.back().distance;
            s.kthDistanceRatio =
                result.realKthDistanceMedian > 0 ? s.kthDistance / result.realKthDistanceMedian : 0;
            s.outlier = s.kthDistance > result.realKthDistanceThreshold;

            agg.meanHardness += s.hardness;
            agg.violatingShare += s.violatesMargin;
            agg.labelConsistency += s.labelConsistent;
            agg.notNegatives += s.notANegative;
            agg.outliers += s.outlier;
            result.samples.push_back(std::move(s));
        }
        if (agg.samples > 0) {
            agg.meanHardness /= double(agg.samples);
            agg.violatingShare /= double(agg.samples);
            agg.labelConsistency /= double(agg.samples);
        }
        agg.spread = quality::spreadOf(rows);
        agg.sourceSpread = quality::spreadOf(
            matrixTensor(stageMatrix(probe, std::string("real_") + roleName(stage.role))));
        agg.diversityRatio = agg.sourceSpread > 0 ? agg.spread / agg.sourceSpread : 0;
        agg.collapsed = agg.diversityRatio < settings.collapseRatio;
        result.stages.push_back(agg);
    }
    return result;
}

}  // namespace grindstone
