#pragma once

#include <string>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "model/EmbeddingNet.h"

namespace grindstone {

/// The embedding network's shape for a run, chosen as the trainer chooses it: channels and
/// size from the dataset, the rest from the config (backbone "auto" = deep above 32 px).
EmbeddingNetSpec embeddingNetSpec(const Config& config, const ImageSet& images);

/// The metric network stored in a checkpoint (its "metric_net" part), in eval mode. Throws
/// InputError naming the checkpoint when it is missing, truncated or does not fit `spec`.
EmbeddingNet loadCheckpointNet(const std::string& checkpoint, const EmbeddingNetSpec& spec);

}  // namespace grindstone
