#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/options/Config.h"

namespace grindstone {

/// The session format this Grindstone writes and reads (run.json's format_version).
constexpr int kSessionFormatVersion = 1;

/// The config a run was trained with (its config.json), after checking run.json. Throws
/// InputError naming the file when the folder is not a run or a file is damaged.
Config loadRunConfig(const std::string& folder);

/// Throws InputError naming run.json when it does not parse, lacks format_version or comes
/// from a newer format.
void checkRunFile(const std::string& runPath);

/// "step-00001500": how session files name a step.
std::string stepFileTag(int64_t step);

/// Steps of the files "step-N<extension>" in `dir`, ascending (none when `dir` is missing).
std::vector<int64_t> stepsOfFiles(const std::string& dir, const std::string& extension);

/// Steps of the checkpoints present in a run folder, ascending.
std::vector<int64_t> checkpointSteps(const std::string& folder);

/// checkpoints/step-NNNNNNNN.pt of a run folder.
std::string checkpointPath(const std::string& folder, int64_t step);

/// Empty when the checkpoint file looks complete (a LibTorch archive is a zip file, which ends
/// with an end-of-central-directory record); otherwise what is wrong. Cheap: reads the tail.
std::string checkpointProblem(const std::string& path);

/// Deletes the temporary files ("*.tmp") that atomic writes leave behind when a process dies
/// mid-write; returns how many. Only for a folder whose lock the caller holds.
int removeStaleTemporaries(const std::string& folder);

/// Path of the newest checkpoint; throws InputError when there is none.
std::string newestCheckpoint(const std::string& folder);

}  // namespace grindstone
