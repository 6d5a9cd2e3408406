#include "grindstone/bench/BenchRuns.h"

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
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

/// run.json's stop_reason: set when the trainer gave up on a run that kept diverging.
std::string stopReason(const std::string& folder) {
    const auto run = nlohmann::json::parse(readWholeFile(folder + "/run.json"), nullptr, false);
    if (!run.is_object() || run.value("status", "") != "stopped") return {};
    const auto it = run.find("stop_reason");
    return it != run.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

double meanStepSeconds(const std::string& runFolder) {
    std::string log;
    try {
        log = readWholeFile(runFolder + "/metrics.jsonl");
    } catch (const InputError&) {
        return NAN;
    }
    // The last complete step line holds the total; a crash may have torn the line after it.
    std::istringstream lines(log);
    std::string line;
    double seconds = NAN;
    while (std::getline(lines, line)) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object() || j.value("type", "") != "step") continue;
        const auto time = j.find("time");
        const int64_t step = j.value("step", int64_t(0));
        if (time != j.end() && time->is_number() && step > 0)
            seconds = time->get<double>() / static_cast<double>(step);
    }
    return seconds;
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
            } else if (const std::string reason = stopReason(folder); !reason.empty()) {
                r.status = "diverged";
                r.detail = reason;
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
