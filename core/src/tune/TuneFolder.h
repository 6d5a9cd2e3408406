#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "grindstone/tune/Tuner.h"

namespace grindstone {

/// A search folder's layout, shared by the search itself and its readers.

/// tune.json, parsed. Throws InputError naming the file when it cannot be read or is not JSON.
nlohmann::json readTuneRecord(const std::string& folder);

/// The run folder of trial `index` (from 0): folder/trial-001, folder/trial-002, ...
std::string trialFolder(const std::string& folder, size_t index);

/// The trial's figures from its own log: the objective `metric` at every final evaluation
/// (one per rung it reached) and its training seconds per step.
void readTrialFigures(TrialResult& trial, const std::string& metric);

}  // namespace grindstone
