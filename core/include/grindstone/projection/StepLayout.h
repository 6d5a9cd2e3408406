#pragma once

#include "grindstone/projection/Projection.h"
#include "grindstone/session/StepPoints.h"

namespace grindstone {

/// Lays out every row of a stored step (StepPoints) with `projector`, so consecutive steps stay
/// comparable (the projector keeps the previous layout). PCA is fitted on the evaluation rows
/// only and the probe rows are placed by the same affine map: generated samples far from the
/// data (a generator gone astray) would otherwise take over the axes and squash the real
/// classes into a dot. t-SNE and UMAP lay out all rows together (a point's place depends on
/// its neighbours). Throws InputError / ProjectionCancelled as EmbeddingProjector does.
Matrix layoutStepPoints(EmbeddingProjector& projector, const StepPoints& points,
                        const ProjectionProgress& progress = {});

}  // namespace grindstone
