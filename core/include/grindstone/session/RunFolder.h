#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/options/Config.h"

namespace grindstone {

/// The config a run was trained with (its config.json). Throws InputError naming the file
/// when the folder is not a run or the file is damaged.
Config loadRunConfig(const std::string& folder);

/// Steps of the checkpoints present in a run folder, ascending.
std::vector<int64_t> checkpointSteps(const std::string& folder);

/// Path of the newest checkpoint; throws InputError when there is none.
std::string newestCheckpoint(const std::string& folder);

}  // namespace grindstone
