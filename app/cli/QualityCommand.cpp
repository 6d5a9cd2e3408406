// grindstone-cli quality: the generated-sample figures of a run's stored probe batch.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "CliCommon.h"
#include "grindstone/Error.h"
#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone::cli {
namespace {

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", 100.0 * share);
    return text;
}

void printTable(const ProbeQuality& q) {
    std::printf(
        "probe batch at step %lld: ART margin m_t %.3f, metric margin %.3g, %d nearest real "
        "neighbours\nsoftmax classifier on the real training-class embeddings: %.1f%% "
        "accurate on them; outlier beyond distance %.3g (%.0fth percentile of the reals')\n\n",
        static_cast<long long>(q.step), q.artMargin, q.settings.metricMargin, q.settings.neighbours,
        100.0 * q.classifierAccuracy, q.realKthDistanceThreshold,
        100.0 * q.settings.outlierQuantile);
    std::printf("%-22s %5s %10s %9s %9s %8s %8s %9s\n", "stage file", "n", "hardness", "violating",
                "label ok", "not neg", "outliers", "diversity");
    for (const auto& s : q.stages) {
        const bool negative = s.stage.role == SampleRole::Negative;
        std::printf("%-22s %5lld %10.3g %9s %9s %8s %8lld %8.2f%s\n", s.stageFile.c_str(),
                    static_cast<long long>(s.samples), s.meanHardness,
                    percent(s.violatingShare).c_str(), percent(s.labelConsistency).c_str(),
                    negative ? std::to_string(s.notNegatives).c_str() : "-",
                    static_cast<long long>(s.outliers), s.diversityRatio,
                    s.collapsed ? " collapsed" : "");
    }
}

}  // namespace

int runQuality(Args args) {
    const bool json = takeFlag(args, "--json");
    const std::string stepText = takeOption(args, "--step");
    if (args.empty())
        throw InputError("quality needs a run folder: grindstone-cli quality RUN_DIR [--step N]");
    const std::string folder = args.front();
    args.erase(args.begin());
    expectNoMore(args, "quality");

    loadRunConfig(folder);  // a folder that is not a run, or a damaged run.json, says so first
    const auto steps = qualitySteps(folder);
    if (steps.empty())
        throw InputError("'" + folder + "' has no step with both a snapshot and a probe batch");
    int64_t step = steps.back();
    if (!stepText.empty()) {
        step = parseStep(stepText, "--step");
        if (std::find(steps.begin(), steps.end(), step) == steps.end()) {
            std::string have;
            for (int64_t s : steps)
                have += (have.empty() ? "" : ", ") + std::to_string(s);
            throw InputError("'" + folder + "' has no probe batch at step " + stepText +
                             "; stored steps: " + have);
        }
    }
    const ProbeQuality quality = assessRunProbe(folder, step);
    if (json)
        std::cout << probeQualityJson(quality) << '\n';
    else
        printTable(quality);
    return 0;
}

}  // namespace grindstone::cli
