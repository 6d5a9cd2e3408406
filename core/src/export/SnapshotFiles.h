#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/training/TrainingEvents.h"

namespace grindstone {

/// Steps of the embedding snapshots stored in a run folder (snapshots/step-N.npy), ascending.
std::vector<int64_t> snapshotSteps(const std::string& runFolder);

/// One stored snapshot (the .npy and its JSON sidecar). Throws InputError naming the file
/// when either is missing or damaged, or when the two disagree on the row count.
EmbeddingSnapshot readSnapshot(const std::string& runFolder, int64_t step);

/// The probe batch stored at `step` (probe/step-N/samples.json and one .npy per stage);
/// `found` is false when that step has no probe folder. Throws InputError naming the file
/// when something is missing or damaged.
StageSamples readStageSamples(const std::string& runFolder, int64_t step, bool& found);

/// snapshots/step-N.npy (extension ".npy") or its sidecar (".json") in a run folder.
std::string snapshotPath(const std::string& runFolder, int64_t step, const std::string& extension);
/// probe/step-N/samples.json in a run folder.
std::string probeSidecarPath(const std::string& runFolder, int64_t step);

}  // namespace grindstone
