#pragma once

#include <cstddef>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "grindstone/tune/Tuner.h"

namespace grindstone {

/// A search folder's layout, shared by the search itself and its readers.

/// tune.json, parsed. Throws InputError naming the file when it cannot be read or is not JSON.
nlohmann::json readTuneRecord(const std::string& folder);

/// tune.json's search space as JSON text with its options in the file's order (the order of
/// the search's coordinates, which readTuneRecord's sorted objects lose). Throws InputError
/// as readTuneRecord does, and when the record has no space.
std::string tuneRecordSpaceText(const std::string& folder);

/// The run folder of trial `index` (from 0): folder/trial-001, folder/trial-002, ...
std::string trialFolder(const std::string& folder, size_t index);

/// The run folder of a trial's validation fold `fold` (from 0): the trial's own folder for the
/// first, trial-007-fold2, trial-007-fold3, ... for the others.
std::string foldFolder(const std::string& trialFolder, size_t fold);

/// The setting a trial's run folder was made with (its config's values of the space's
/// options); empty when the run does not exist yet.
std::map<std::string, std::string> trialSetting(const std::string& trialFolder,
                                                const SearchSpace& space);

/// The objective `metric` of the final evaluation at `steps` in a run folder's log; NaN when
/// the run has none there (or no log yet).
double objectiveAt(const std::string& runFolder, const std::string& metric, int64_t steps);

/// The trial's figures from its own log: the objective `metric` at every final evaluation
/// (one per rung it reached) and its training seconds per step. With several `folds`, the
/// objective at `budget` (the last rung) is the mean over the folds' runs, and only once
/// every fold is evaluated there; foldObjectives holds the folds' figures read so far.
void readTrialFigures(TrialResult& trial, const std::string& metric, int folds, int64_t budget);

}  // namespace grindstone
