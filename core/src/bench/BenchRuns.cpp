#include "grindstone/bench/BenchRuns.h"

#include <filesystem>

#include "grindstone/session/MetricsLog.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/RunListing.h"

namespace grindstone {
namespace fs = std::filesystem;

namespace {

/// Why a run's config is not the one the plan trains it with, or empty.
std::string configMismatch(const BenchEntry& entry, const std::string& folder) {
    const std::vector<std::string> keys = loadRunConfig(folder).differences(entry.config);
    if (keys.empty()) return {};
    std::string list;
    for (const auto& key : keys)
        list += (list.empty() ? "" : ", ") + key;
    return folder + "/config.json differs from the bench plan in: " + list;
}

}  // namespace

double meanStepSeconds(const std::string& runFolder) {
    return meanStepSeconds(readMetricsLog(runFolder));
}

std::vector<BenchRunResult> readBenchRuns(const BenchPlan& plan, const std::string& benchFolder) {
    std::vector<BenchRunResult> results;
    for (const auto& entry : plan.entries) {
        BenchRunResult r;
        r.name = entry.name;
        r.variant = entry.variant;
        r.miner = entry.miner;
        r.seed = entry.seed;
        const std::string folder = (fs::path(benchFolder) / entry.name).string();
        std::error_code ec;
        if (!fs::exists(folder, ec)) {
            r.detail = "not started";
        } else if (!fs::exists(folder + "/run.json", ec) &&
                   !fs::exists(folder + "/config.json", ec)) {
            r.status = "damaged";
            r.detail = folder + " holds neither run.json nor config.json";
        } else {
            const RunSummary s = summariseRun(folder);
            if (s.status == "damaged") {
                r.status = "damaged";
                r.detail = s.problem;
            } else if (const std::string mismatch = configMismatch(entry, folder);
                       !mismatch.empty()) {
                r.status = "mismatched";
                r.detail = mismatch;
            } else if (s.status == "finished") {
                r.status = s.status;
                r.finalMetrics = s.finalMetrics;
                r.meanStepSeconds = meanStepSeconds(folder);
            } else if (s.status == "stopped" && !s.stopReason.empty()) {
                r.status = "diverged";
                r.detail = s.stopReason;
            } else {
                r.status = s.status;
                r.detail = "step " + std::to_string(s.step) + " of " + std::to_string(s.totalSteps);
            }
        }
        results.push_back(std::move(r));
    }
    return results;
}

}  // namespace grindstone
