#pragma once

#include <cstdint>
#include <string>

#include "grindstone/data/ImageSet.h"
#include "grindstone/training/TrainingEvents.h"

namespace grindstone {

/// The four files of a TensorBoard projector export, in memory.
struct ProjectorFiles {
    std::string tensorsTsv;   ///< one embedding per line, tab-separated
    std::string metadataTsv;  ///< header, then label / kind / stage / split per row
    std::string spritePng;    ///< one tile per row
    std::string configPbtxt;  ///< projector_config.pbtxt pointing at the other three
    int64_t rows = 0;
};

/// Builds the projector files of one step: the snapshot's rows (kind real_eval), then the
/// probe batch's rows of every stage (when `probe` is given), ordered real, stretched /
/// interpolated, stage 1, reconstruction, stage 2 / generated. Real rows show their dataset
/// image; generated rows show the image of the nearest real row framed in the stage's colour.
/// `names` are the sidecars the data came from, for messages. Throws InputError when a row
/// points outside the dataset, a stage is unknown or the sprite would be too large.
ProjectorFiles buildProjectorFiles(const EmbeddingSnapshot& snapshot, const StageSamples* probe,
                                   const ImageSet& images, const std::string& snapshotName,
                                   const std::string& probeName, const std::string& spritePath);

}  // namespace grindstone
