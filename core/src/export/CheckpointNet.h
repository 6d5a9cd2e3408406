#pragma once

#include <string>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "model/EmbeddingNet.h"

namespace grindstone {

/// The metric network stored in a checkpoint (its "metric_net" part), in eval mode. Throws
/// InputError naming the checkpoint when it is missing, truncated or does not fit `spec`.
EmbeddingNet loadCheckpointNet(const std::string& checkpoint, const EmbeddingNetSpec& spec);

}  // namespace grindstone
