#include "tune/TuneFolder.h"

#include <cstdio>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/MetricsLog.h"

namespace grindstone {

nlohmann::json readTuneRecord(const std::string& folder) {
    const std::string path = folder + "/tune.json";
    const std::string text = readWholeFile(path);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(path + ": not JSON (" + e.what() + ")");
    }
}

std::string trialFolder(const std::string& folder, size_t index) {
    char name[32];
    std::snprintf(name, sizeof name, "/trial-%03zu", index + 1);
    return folder + name;
}

void readTrialFigures(TrialResult& trial, const std::string& metric) {
    const MetricsLog log = readMetricsLog(trial.folder);
    for (const LoggedEvaluation& e : log.evaluations)
        if (e.final && e.metrics.count(metric)) trial.objective[e.step] = e.metrics.at(metric);
    trial.stepSeconds = meanStepSeconds(log);
}

}  // namespace grindstone
