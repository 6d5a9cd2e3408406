#pragma once

#include "grindstone/Matrix.h"
#include "grindstone/session/StepPoints.h"
#include "widgets/embedding/EmbeddingScene.h"

namespace grindstone::gui {

/// The 3D view's scene of a stored step: every row of `points` at its place in `layout`
/// (rows x 3; a 2-D layout is drawn at z = 0), with its kind, class, split, hardness, the
/// anchor -> positive / generated-negative lines and the embeddings for neighbour searches.
/// A point's id is its row in `points`.
widgets::EmbeddingScene buildStepScene(const StepPoints& points, const Matrix& layout);

}  // namespace grindstone::gui
