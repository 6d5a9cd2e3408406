#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/RunListing.h"
#include "grindstone/tune/Tuner.h"
#include "session/JsonIntegers.h"
#include "tune/TuneFolder.h"

namespace grindstone {

TuneSearch readTuneSearch(const std::string& folder) {
    const std::string recordPath = folder + "/tune.json";
    TuneSearch search;
    search.folder = folder;
    const nlohmann::json record = readTuneRecord(folder);
    try {
        search.space = parseSearchSpace(tuneRecordSpaceText(folder), recordPath);
        search.trialsPlanned = jsonfields::integerAt<size_t>(record, "trials");
        search.budget = jsonfields::integerAt<int64_t>(record, "budget");
        search.eta = jsonfields::integerAt<int>(record, "eta");
        search.metric = record.at("metric").get<std::string>();
        search.method = record.at("base").at("method").get<std::string>();
        const auto minSteps = jsonfields::integerAt<int64_t>(record, "min_steps");
        search.folds = jsonfields::integerOr<int>(record, "folds", 1);
        if (search.folds < 1 || search.folds > 100)
            throw InputError(recordPath + ": 'folds' is not a number from 1 to 100");
        if (search.trialsPlanned > 100000)
            throw InputError(recordPath + ": more trials than a search can hold");
        search.rungs = halvingRungs(search.trialsPlanned, search.budget, search.eta,
                                    std::min(std::max<int64_t>(minSteps, 1), search.budget));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(recordPath + ": " + e.what());
    }
    const auto startAt = record.find("starting_settings");
    const size_t starting =
        startAt != record.end() && startAt->is_array() ? startAt->size() : size_t{0};
    const auto samplerAt = record.find("sampler");
    const bool parzen = samplerAt != record.end() && *samplerAt == "parzen";
    std::vector<std::map<std::string, std::string>> settings;
    std::vector<double> first;
    for (size_t i = 0; i < search.trialsPlanned; ++i) {
        TuneSearch::Trial trial;
        trial.origin =
            trialOrigin(i, search.trialsPlanned, search.space.dimensions.size(), starting, parzen);
        trial.result.folder = trialFolder(folder, i);
        std::error_code ec;
        if (!std::filesystem::exists(trial.result.folder + "/run.json", ec)) {
            trial.status = "not started";
        } else {
            const RunSummary summary = summariseRun(trial.result.folder);
            trial.status = summary.status;
            trial.step = summary.step;
            trial.result.setting = trialSetting(trial.result.folder, search.space);
            readTrialFigures(trial.result, search.metric, search.folds, search.budget);
            if (trial.status == "running") search.runningRuns.push_back(trial.result.folder);
            // A finalist training another validation fold is a trial still running.
            for (int f = 1; f < search.folds; ++f) {
                const std::string fold = foldFolder(trial.result.folder, static_cast<size_t>(f));
                if (std::filesystem::exists(fold + "/run.json", ec) &&
                    summariseRun(fold).status == "running") {
                    trial.status = "running";
                    search.runningRuns.push_back(fold);
                }
            }
        }
        settings.push_back(trial.result.setting);
        const auto it = trial.result.objective.find(search.rungs.front().steps);
        // As the search's own report: over the trials spread over the space.
        first.push_back(it == trial.result.objective.end() || trial.origin == TrialOrigin::Parzen
                            ? NAN
                            : it->second);
        search.trials.push_back(std::move(trial));
    }
    // The best at the full budget, ranked as the search ranks its last rung.
    std::vector<double> atBudget;
    for (const auto& trial : search.trials) {
        const auto it = trial.result.objective.find(search.budget);
        atBudget.push_back(it == trial.result.objective.end() ? NAN : it->second);
    }
    const auto ranked = bestTrials(atBudget, 1);
    if (!ranked.empty() && std::isfinite(atBudget[ranked.front()]))
        search.best = static_cast<int>(ranked.front());
    search.sensitivity = analyseSensitivity(search.space, settings, first);
    std::error_code ec;
    search.hasAnswer = std::filesystem::exists(folder + "/best.json", ec);
    return search;
}

}  // namespace grindstone
