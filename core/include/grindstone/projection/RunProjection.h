#pragma once

#include <cstdint>
#include <string>

#include "grindstone/projection/Projection.h"

namespace grindstone {

/// One snapshot of a run folder, projected.
struct RunProjection {
    int64_t step = -1;  ///< the snapshot's step
    Matrix layout;      ///< rows x dims, the snapshot's row order
};

/// Projects the embedding snapshot of `step` (-1: the newest) of a run folder. Throws
/// InputError naming the folder / file / step when the run, its snapshots or that step are
/// missing or damaged (listing the steps that exist).
RunProjection projectRunSnapshot(const std::string& runFolder, int64_t step,
                                 const ProjectionOptions& options,
                                 const ProjectionProgress& progress = {});

}  // namespace grindstone
