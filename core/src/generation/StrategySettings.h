#pragma once

#include "generation/HdmlStrategy.h"
#include "generation/TwoStageStrategy.h"

namespace grindstone {

class Config;

/// The generating methods' settings as the config gives them (bad combinations throw
/// InputError naming the options).
TwoStageSettings twoStageSettings(const Config& config);
HdmlSettings hdmlSettings(const Config& config);

}  // namespace grindstone
