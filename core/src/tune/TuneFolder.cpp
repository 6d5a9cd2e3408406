#include "tune/TuneFolder.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/MetricsLog.h"
#include "grindstone/session/RunListing.h"

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

std::string tuneRecordSpaceText(const std::string& folder) {
    const std::string path = folder + "/tune.json";
    try {
        return nlohmann::ordered_json::parse(readWholeFile(path)).at("space").dump();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(path + ": no readable search space (" + e.what() + ")");
    }
}

std::string trialFolder(const std::string& folder, size_t index) {
    char name[32];
    std::snprintf(name, sizeof name, "/trial-%03zu", index + 1);
    return folder + name;
}

std::string foldFolder(const std::string& trialFolder, size_t fold) {
    return fold == 0 ? trialFolder : trialFolder + "-fold" + std::to_string(fold + 1);
}

std::map<std::string, std::string> trialSetting(const std::string& trialFolder,
                                                const SearchSpace& space) {
    std::error_code ec;
    if (!std::filesystem::exists(trialFolder + "/run.json", ec)) return {};
    const RunSummary summary = summariseRun(trialFolder);
    std::map<std::string, std::string> setting;
    for (const SearchDimension& d : space.dimensions) {
        const auto it = summary.config.find(d.option);
        if (it != summary.config.end()) setting[d.option] = it->second;
    }
    return setting;
}

double objectiveAt(const std::string& runFolder, const std::string& metric, int64_t steps) {
    std::error_code ec;
    if (!std::filesystem::exists(runFolder + "/run.json", ec)) return NAN;
    const MetricsLog log = readMetricsLog(runFolder);
    for (const LoggedEvaluation& e : log.evaluations)
        if (e.final && e.step == steps && e.metrics.count(metric)) return e.metrics.at(metric);
    return NAN;
}

void readTrialFigures(TrialResult& trial, const std::string& metric, int folds, int64_t budget) {
    const MetricsLog log = readMetricsLog(trial.folder);
    for (const LoggedEvaluation& e : log.evaluations)
        if (e.final && e.metrics.count(metric)) trial.objective[e.step] = e.metrics.at(metric);
    trial.stepSeconds = meanStepSeconds(log);
    trial.foldObjectives.clear();
    if (folds <= 1 || !trial.objective.count(budget)) return;
    trial.foldObjectives.push_back(trial.objective.at(budget));
    double sum = trial.objective.at(budget);
    for (int f = 1; f < folds; ++f) {
        const double value =
            objectiveAt(foldFolder(trial.folder, static_cast<size_t>(f)), metric, budget);
        if (!std::isfinite(value)) break;
        trial.foldObjectives.push_back(value);
        sum += value;
    }
    if (trial.foldObjectives.size() == static_cast<size_t>(folds))
        trial.objective[budget] = sum / folds;
    else
        trial.objective.erase(budget);  // the last rung is not finished until every fold is
}

}  // namespace grindstone
